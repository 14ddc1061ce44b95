import { describe, expect, it } from 'vitest';
import { domainBody, EMPTY_ANSWERS, generalProblems, storageProblems, type DomainAnswers } from './domain-request.ts';

const nfs: DomainAnswers = { ...EMPTY_ANSWERS, name: 'data2', hostId: 'h1', nfsExport: 'nfs.example.com:/exports/data2/' };

describe('domainBody', () => {
  it('sends an NFS domain as the engine expects it', () => {
    expect(domainBody(nfs)).toEqual({
      name: 'data2', type: 'data', host: { id: 'h1' },
      storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/data2' },
    });
  });

  it('marks an import and keeps a chosen NFS version and description', () => {
    expect(domainBody({ ...nfs, mode: 'import', domainFunction: 'iso', nfsVersion: 'v4_1', description: ' old isos ' })).toEqual({
      name: 'data2', description: 'old isos', type: 'iso', host: { id: 'h1' }, import: true,
      storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/data2', nfs_version: 'v4_1' },
    });
  });

  it('sends iSCSI LUNs with their target', () => {
    const body = domainBody({ ...nfs, storageType: 'iscsi', lunIds: ['36001', '36002'], iscsiAddress: '10.0.0.5', iscsiPort: '3260', iscsiTarget: 'iqn.x' });
    expect(body.storage).toEqual({ type: 'iscsi', logical_units: [{ id: '36001', address: '10.0.0.5', port: 3260, target: 'iqn.x' }, { id: '36002', address: '10.0.0.5', port: 3260, target: 'iqn.x' }] });
  });
});

describe('step checks', () => {
  it('asks for a name and a host', () => {
    expect(generalProblems(EMPTY_ANSWERS)).toEqual({ name: expect.stringMatching(/name/), hostId: expect.stringMatching(/host/) });
    expect(generalProblems({ ...nfs, name: 'bad name' }).name).toMatch(/letters/);
    expect(generalProblems(nfs)).toEqual({});
  });

  it('keeps ISO domains off block storage', () => {
    expect(generalProblems({ ...nfs, storageType: 'iscsi', domainFunction: 'iso' }).storageType).toMatch(/NFS/);
  });

  it('checks the NFS export or the LUN choice', () => {
    expect(storageProblems({ ...nfs, nfsExport: 'nfs.example.com' }).nfsExport).toMatch(/Separate/);
    expect(storageProblems(nfs)).toEqual({});
    expect(storageProblems({ ...nfs, storageType: 'iscsi' }).lunIds).toMatch(/LUN/);
  });
});
