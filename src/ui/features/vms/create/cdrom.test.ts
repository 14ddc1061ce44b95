import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { cdromBody, cdromUpdateHref, currentIso, vmIsRunning } from './cdrom.ts';

const res = (kind: string, fields: Resource['fields']): Resource => ({ kind, id: 'x', fields, links: {}, actions: {} });
const file = (id: string) => ({ kind: 'file', id, fields: {}, links: {}, actions: {} });

describe('cdrom', () => {
  it('reads the ISO in the drive; an empty id is no media', () => {
    expect(currentIso(res('cdrom', { file: file('rhel.iso') }))).toBe('rhel.iso');
    expect(currentIso(res('cdrom', { file: file('') }))).toBeUndefined();
    expect(currentIso(res('cdrom', {}))).toBeUndefined();
    expect(currentIso(undefined)).toBeUndefined();
  });
  it('ejects with an empty file id', () => {
    expect(cdromBody(undefined)).toEqual({ file: { id: '' } });
    expect(cdromBody('a.iso')).toEqual({ file: { id: 'a.iso' } });
  });
  it('adds current=true only for running VMs', () => {
    expect(vmIsRunning(res('vm', { status: 'up' }))).toBe(true);
    expect(vmIsRunning(res('vm', { status: 'paused' }))).toBe(true);
    expect(vmIsRunning(res('vm', { status: 'down' }))).toBe(false);
    expect(vmIsRunning(res('vm', { status: 'suspended' }))).toBe(false);
    expect(cdromUpdateHref('/api/vms/1/cdroms/0', true)).toBe('/api/vms/1/cdroms/0?current=true');
    expect(cdromUpdateHref('/api/vms/1/cdroms/0', false)).toBe('/api/vms/1/cdroms/0');
  });
});
