import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiModel, type ApiModel } from '../model/api-model.ts';
import { seedScaleInventory } from './scale-seed.ts';
import { COLLECTION_TYPES, Store } from './store.ts';
import { dumpStore } from './test-dump.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-scale-'));
  store = Store.open(join(dir, 'engine.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const refId = (v: unknown) => (v as { id?: string } | undefined)?.id;

describe('seedScaleInventory', () => {
  it('sizes the inventory from the VM count', () => {
    const summary = seedScaleInventory(store, { vms: 1000, seed: 5, now: NOW });
    expect(store.count('vms')).toBe(1000);
    expect(store.count('hosts')).toBe(40);
    expect(store.count('clusters')).toBe(2);
    expect(store.count('data_centers')).toBe(1);
    expect(summary).toMatchObject({ vms: 1000, hosts: 40, clusters: 2, dataCenters: 1 });

    const vms = store.list('vms');
    expect(new Set(vms.map((v) => v.name)).size).toBe(1000);
    expect(vms.some((v) => v.name === 'vm-1') && vms.some((v) => v.name === 'vm-1000')).toBe(true);
    const byStatus = new Map<string, number>();
    for (const v of vms) byStatus.set(v.status as string, (byStatus.get(v.status as string) ?? 0) + 1);
    expect(byStatus.get('up')! / 1000).toBeGreaterThan(0.6);
    for (const s of ['down', 'suspended', 'paused']) expect(byStatus.get(s) ?? 0).toBeGreaterThan(0);

    const attachments = store.count('vm_disk_attachments');
    expect(attachments).toBeGreaterThanOrEqual(1000);
    expect(attachments).toBeLessThanOrEqual(2000);
    expect(store.count('disks')).toBe(attachments + summary.templates - 1); // + one disk per non-Blank template
    const nics = store.count('vm_nics');
    expect(nics).toBeGreaterThanOrEqual(1000);
    expect(nics).toBeLessThanOrEqual(2000);
    expect(summary.nics).toBe(nics);
    expect(store.count('storage_domains')).toBeGreaterThanOrEqual(2);
    expect(store.count('networks')).toBeGreaterThanOrEqual(1);
    expect(store.count('vnic_profiles')).toBe(store.count('networks'));
    expect(store.count('templates')).toBe(summary.templates);

    const events = store.listEvents().length;
    expect(events).toBe(summary.events);
    expect(events).toBeGreaterThan(300);
    expect(events).toBeLessThan(900);
  });

  it('keeps references consistent', () => {
    seedScaleInventory(store, { vms: 300, seed: 2, now: NOW });
    const hosts = new Map(store.list('hosts').map((h) => [h.id, h]));
    const clusters = new Set(store.list('clusters').map((c) => c.id));
    const running = new Map<string, number>();
    for (const vm of store.list('vms')) {
      expect(clusters.has(refId(vm.cluster)!)).toBe(true);
      const host = refId(vm.host);
      if (vm.status === 'down' || vm.status === 'suspended') {
        expect(host).toBeUndefined();
      } else {
        const h = hosts.get(host!);
        expect(h?.status).toBe('up');
        expect(refId(h!.cluster)).toBe(refId(vm.cluster));
        running.set(host!, (running.get(host!) ?? 0) + 1);
      }
      const atts = store.list('vm_disk_attachments', vm.id);
      expect(atts.length).toBeGreaterThanOrEqual(1);
      expect(atts.length).toBeLessThanOrEqual(2);
      for (const a of atts) expect(store.get('disks', refId(a.disk)!)).toBeDefined();
      for (const n of store.list('vm_nics', vm.id)) expect(store.get('vnic_profiles', refId(n.vnic_profile)!)).toBeDefined();
    }
    for (const h of hosts.values()) expect((h.summary as { total: number }).total).toBe(running.get(h.id) ?? 0);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    seedScaleInventory(store, { vms: 120, seed: 7, now: NOW });
    const same = Store.open(join(dir, 'same.db'));
    const other = Store.open(join(dir, 'other.db'));
    try {
      seedScaleInventory(same, { vms: 120, seed: 7, now: NOW });
      seedScaleInventory(other, { vms: 120, seed: 8, now: NOW });
      const a = dumpStore(store);
      expect(dumpStore(same)).toEqual(a);
      expect(dumpStore(other)).not.toEqual(a);
    } finally {
      same.close();
      other.close();
    }
  });

  it('rejects a VM count that is not a positive number', () => {
    expect(() => seedScaleInventory(store, { vms: 0 })).toThrow(/positive/);
    expect(() => seedScaleInventory(store, { vms: Number.NaN })).toThrow(/positive/);
    expect(store.count('vms')).toBe(0);
  });

  it('writes 5,000 VMs with proportional hosts', () => {
    // Its speed is a row of `npm run bench` (scale seed), not a timed assertion here.
    seedScaleInventory(store, { vms: 5000, seed: 1, now: NOW });
    expect(store.count('vms')).toBe(5000);
    expect(store.count('hosts')).toBe(200);
  }, 60_000);
});

// ---- model conformance -----------------------------------------------------------------

/** Problems with `value` as an instance of `typeName`: unknown members, wrong scalars, bad enum values. */
function check(model: ApiModel, typeName: string, value: unknown, path: string, problems: string[]): void {
  const type = model.type(typeName);
  if (!type) return void problems.push(`${path}: unknown type ${typeName}`);
  if (type.kind === 'enum') {
    if (typeof value !== 'string' || !(type.values.includes(value) || type.deprecated_values?.includes(value))) {
      problems.push(`${path}: ${JSON.stringify(value)} is not a ${typeName}`);
    }
    return;
  }
  if (type.kind === 'primitive') {
    const ok = typeName === 'string' ? typeof value === 'string'
      : typeName === 'boolean' ? typeof value === 'boolean'
      : typeName === 'integer' ? Number.isInteger(value)
      : typeName === 'decimal' ? typeof value === 'number'
      : typeof value === 'string' && !Number.isNaN(Date.parse(value));
    if (!ok) problems.push(`${path}: ${JSON.stringify(value)} is not a ${typeName}`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path}: expected a ${typeName} object`);
  for (const [key, v] of Object.entries(value)) {
    const member = model.members(typeName).find((m) => m.name === key);
    if (!member) { problems.push(`${path}.${key}: not a member of ${typeName}`); continue; }
    if (member.list) {
      if (!Array.isArray(v)) { problems.push(`${path}.${key}: expected a list`); continue; }
      v.forEach((item, i) => check(model, member.type, item, `${path}.${key}[${i}]`, problems));
    } else {
      check(model, member.type, v, `${path}.${key}`, problems);
    }
  }
}

describe('scale documents against the API model', () => {
  const model = apiModel();

  it('use only model members and enum values', () => {
    seedScaleInventory(store, { vms: 150, seed: 3, now: NOW });
    const problems: string[] = [];
    const collections = (store.db.prepare('SELECT DISTINCT collection FROM docs').all() as Array<{ collection: string }>).map((r) => r.collection);
    for (const c of collections) {
      const typeName = COLLECTION_TYPES[c];
      if (!typeName) { problems.push(`${c}: no model type registered in COLLECTION_TYPES`); continue; }
      for (const doc of store.list(c)) check(model, typeName, doc, `${c}/${doc.id}`, problems);
    }
    for (const e of store.listEvents()) check(model, 'event', e, `events/${e.id}`, problems);
    expect(problems).toEqual([]);
  });

  it('the checker itself rejects unknown members and enum values', () => {
    const problems: string[] = [];
    check(model, 'vm', { id: 'x', name: 'a', status: 'sleeping', colour: 'red', cpu: { topology: { cores: 'two' } } }, 'vm', problems);
    expect(problems).toEqual([
      'vm.status: "sleeping" is not a vm_status',
      'vm.colour: not a member of vm',
      'vm.cpu.topology.cores: "two" is not a integer',
    ]);
  });
});
