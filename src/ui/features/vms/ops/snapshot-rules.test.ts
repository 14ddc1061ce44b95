import { describe, expect, it } from 'vitest';
import { canCreate, canEndPreview, canPreview, canRemove, canRestore, snapshotInfo, type SnapshotInfo } from './snapshot-rules.ts';
import { resource } from './test-resources.ts';

const ok: SnapshotInfo = { id: 's1', status: 'ok', type: 'regular' };
const locked: SnapshotInfo = { id: 's2', status: 'locked', type: 'regular' };
const preview: SnapshotInfo = { id: 's3', status: 'in_preview', type: 'regular' };
const active: SnapshotInfo = { id: 's0', status: 'ok', type: 'active' };

describe('snapshot rules', () => {
  it('reads the snapshot fields', () => {
    expect(snapshotInfo(resource('snapshot', 's9', { snapshot_status: 'in_preview', snapshot_type: 'regular' }))).toEqual({ id: 's9', status: 'in_preview', type: 'regular' });
  });

  it('create: running or down, not while locked, previewing, migrating or another is being made', () => {
    expect(canCreate('up', [ok]).enabled).toBe(true);
    expect(canCreate('down', [active, ok]).enabled).toBe(true);
    expect(canCreate('migrating', [ok]).enabled).toBe(false);
    expect(canCreate('suspended', [ok]).enabled).toBe(false);
    expect(canCreate('image_locked', [ok]).reason).toMatch(/locked/);
    expect(canCreate('down', [ok, preview]).reason).toMatch(/previewing/);
    expect(canCreate('up', [locked]).enabled).toBe(false);
  });

  it('preview and restore: VM down, snapshot ok, nothing in preview', () => {
    expect(canPreview('down', ok, [ok]).enabled).toBe(true);
    expect(canRestore('down', ok, [ok]).enabled).toBe(true);
    expect(canPreview('up', ok, [ok]).reason).toBe('The VM must be down.');
    expect(canRestore('up', ok, [ok]).enabled).toBe(false);
    expect(canPreview('down', locked, [locked]).enabled).toBe(false);
    expect(canPreview('down', active, [active]).enabled).toBe(false);
    expect(canPreview('down', ok, [ok, preview]).enabled).toBe(false);
    expect(canPreview('image_locked', ok, [ok]).enabled).toBe(false);
  });

  it('commit / undo: only with a snapshot in preview and the VM down', () => {
    expect(canEndPreview('down', [ok]).enabled).toBe(false);
    expect(canEndPreview('down', [ok, preview]).enabled).toBe(true);
    expect(canEndPreview('up', [preview]).enabled).toBe(false);
    expect(canEndPreview('image_locked', [preview]).enabled).toBe(false);
  });

  it('remove: also on a running VM, never the active one, a locked one or during preview', () => {
    expect(canRemove('up', ok, [ok]).enabled).toBe(true);
    expect(canRemove('down', ok, [ok]).enabled).toBe(true);
    expect(canRemove('migrating', ok, [ok]).enabled).toBe(false);
    expect(canRemove('down', active, [active]).enabled).toBe(false);
    expect(canRemove('down', locked, [locked]).enabled).toBe(false);
    expect(canRemove('down', preview, [preview]).enabled).toBe(false);
    expect(canRemove('down', ok, [ok, preview]).enabled).toBe(false);
  });
});
