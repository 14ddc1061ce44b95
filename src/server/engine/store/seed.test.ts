import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventType } from '../sim/event-codes.ts';
import { COLLECTION_TYPES, Store } from './store.ts';
import { dumpStore } from './test-dump.ts';
import { BLANK_TEMPLATE_ID, seedDemoInventory } from './seed.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-seed-'));
  store = Store.open(join(dir, 'engine.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedDemoInventory', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    seedDemoInventory(store, { seed: 7, now: NOW });
    const other = Store.open(join(dir, 'other.db'));
    const third = Store.open(join(dir, 'third.db'));
    try {
      seedDemoInventory(other, { seed: 7, now: NOW });
      seedDemoInventory(third, { seed: 8, now: NOW });
      const a = dumpStore(store);
      expect(dumpStore(other)).toEqual(a);
      const c = dumpStore(third);
      expect(Object.keys(c)).toEqual(Object.keys(a)); // ids come from names, not the seed
      expect(c).not.toEqual(a);
    } finally {
      other.close();
      third.close();
    }
  });

  it('builds the documented inventory', () => {
    seedDemoInventory(store, { now: NOW });
    expect(store.count('data_centers')).toBe(2);
    expect(store.list('data_centers').map((d) => d.name)).toEqual(['Default', 'Lab']);
    expect(store.list('data_centers').every((d) => d.status === 'up' && d.local === false)).toBe(true);
    expect(store.count('clusters')).toBe(3);
    const hosts = store.list('hosts');
    expect(hosts).toHaveLength(6);
    expect(hosts.filter((h) => h.status === 'up')).toHaveLength(4);
    expect(hosts.filter((h) => h.status === 'maintenance')).toHaveLength(1);
    expect(hosts.filter((h) => h.status === 'pending_approval')).toHaveLength(1);
    expect(hosts.every((h) => h.port === 54321)).toBe(true);

    const vms = store.list('vms');
    expect(vms.length).toBeGreaterThanOrEqual(38);
    expect(vms.length).toBeLessThanOrEqual(50);
    const states = new Set(vms.map((v) => v.status));
    expect(states.size).toBeGreaterThanOrEqual(4);
    for (const s of ['up', 'down', 'suspended', 'paused', 'powering_up']) expect(states.has(s)).toBe(true);
    const hostIds = new Set(hosts.filter((h) => h.status === 'up').map((h) => h.id));
    for (const vm of vms) {
      expect(store.count('vm_nics', vm.id)).toBeGreaterThanOrEqual(1);
      expect(store.count('vm_disk_attachments', vm.id)).toBeGreaterThanOrEqual(1);
      if (vm.status === 'up') {
        expect(hostIds.has((vm.host as { id: string }).id)).toBe(true);
        expect(typeof vm.start_time).toBe('string');
        expect(vm.fqdn).toBe(`${vm.name}.example.com`);
      }
      if (vm.status === 'down') expect(vm.host).toBeUndefined();
    }
    // Host summaries match the VMs placed on them.
    for (const h of hosts) {
      const onHost = vms.filter((v) => (v.host as { id?: string } | undefined)?.id === h.id).length;
      expect((h.summary as { total: number }).total).toBe(onHost);
    }
    // Attachments point at existing disks.
    for (const a of store.list('vm_disk_attachments')) expect(store.get('disks', (a.disk as { id: string }).id)).toBeDefined();

    expect(store.count('vm_pools')).toBe(2);
    expect(vms.filter((v) => v.vm_pool).length).toBe(8);
    expect(store.get('templates', BLANK_TEMPLATE_ID)?.name).toBe('Blank');
    expect(store.count('templates')).toBe(4);
    expect(store.list('storage_domains').map((s) => s.name)).toEqual(['data-iscsi', 'data-nfs', 'export', 'iso']);
    expect(store.count('storage_domain_files')).toBeGreaterThanOrEqual(3);
    expect(store.count('attached_storage_domains')).toBe(4);
    expect(store.get('roles', '00000000-0000-0000-0000-000000000001')?.name).toBe('SuperUser');
    expect(store.count('role_permits', '00000000-0000-0000-0000-000000000001')).toBeGreaterThan(50);
    expect(store.list('users').map((u) => u.user_name)).toContain('admin@internal-authz');
    expect(store.list('cluster_levels').map((c) => c.id)).toEqual(['4.2', '4.3', '4.4', '4.5', '4.6', '4.7']);
    expect(store.list('tags').find((t) => t.name === 'root')?.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(store.list('host_nics').some((n) => n.bonding)).toBe(true);
    expect(store.list('scheduling_policies').map((p) => p.name).sort()).toEqual(
      ['cluster_maintenance', 'evenly_distributed', 'none', 'power_saving', 'vm_evenly_distributed'],
    );
    expect(store.count('jobs')).toBeGreaterThanOrEqual(3);
    expect(store.count('job_steps')).toBeGreaterThanOrEqual(6);
  });

  it('writes at least 150 events over three days, in time order, with known codes', () => {
    seedDemoInventory(store, { now: NOW });
    const events = store.listEvents();
    expect(events.length).toBeGreaterThanOrEqual(150);
    const times = events.map((e) => Date.parse(e.time));
    for (let i = 1; i < times.length; i++) expect(times[i - 1]).toBeGreaterThanOrEqual(times[i]); // newest first
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 72 * 3_600_000);
    expect(Math.max(...times)).toBeLessThan(NOW);
    for (const e of events) {
      const type = eventType(e.code);
      expect(type, `code ${e.code}`).toBeDefined();
      expect(e.severity).toBe(type!.severity);
      expect(e.description).not.toMatch(/\$\{|<UNKNOWN>/);
    }
    const severities = new Set(events.map((e) => e.severity));
    for (const s of ['normal', 'warning', 'error', 'alert']) expect(severities.has(s as 'normal')).toBe(true);
    expect(events.some((e) => e.vm && e.host)).toBe(true);
  });
});

// ---- model conformance ---------------------------------------------------------------

interface Member { name: string; type: string; list: boolean }
interface ModelType { kind: string; members: Map<string, Member>; values: Set<string> }

const MODEL_FILES = [
  '/work/shared/model/ovirt-api-model-4.6.1.json',
  fileURLToPath(new URL('../model/generated/api-model.json', import.meta.url)),
].filter((f) => existsSync(f));

/** Reads the shared model file or the codec's generated copy (they differ in shape). */
function loadModel(file: string): Map<string, ModelType> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { types: Array<Record<string, any>> };
  const byName = new Map(raw.types.map((t) => [t.name as string, t]));
  const membersOf = (t: Record<string, any>): Member[] => {
    if (t.attributes || t.links) return [...(t.attributes ?? []), ...(t.links ?? [])].map((m: any) => ({ name: m.name, type: m.type, list: !!m.list }));
    const own: Member[] = (t.members ?? []).map((m: any) => ({ name: m.name, type: m.type, list: !!m.list }));
    const base = t.base ? byName.get(t.base) : undefined;
    return base ? [...membersOf(base), ...own] : own;
  };
  const out = new Map<string, ModelType>();
  for (const t of raw.types) {
    out.set(t.name, {
      kind: t.kind,
      members: new Map(membersOf(t).map((m) => [m.name, m])),
      values: new Set([...(t.values ?? []), ...(t.deprecated_values ?? [])]),
    });
  }
  return out;
}

function check(model: Map<string, ModelType>, typeName: string, value: unknown, path: string, problems: string[]): void {
  const type = model.get(typeName);
  if (!type) return void problems.push(`${path}: unknown type ${typeName}`);
  switch (type.kind) {
    case 'enum':
      if (typeof value !== 'string' || !type.values.has(value)) problems.push(`${path}: ${JSON.stringify(value)} is not a ${typeName}`);
      return;
    case 'primitive': {
      const ok = typeName === 'string' ? typeof value === 'string'
        : typeName === 'boolean' ? typeof value === 'boolean'
        : typeName === 'integer' ? Number.isInteger(value)
        : typeName === 'decimal' ? typeof value === 'number'
        : typeName === 'date' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
        : true;
      if (!ok) problems.push(`${path}: ${JSON.stringify(value)} is not a ${typeName}`);
      return;
    }
    default:
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path}: expected a ${typeName} object`);
      for (const [key, v] of Object.entries(value)) {
        const member = type.members.get(key);
        if (!member) { problems.push(`${path}.${key}: not a member of ${typeName}`); continue; }
        if (member.list) {
          if (!Array.isArray(v)) { problems.push(`${path}.${key}: expected a list`); continue; }
          v.forEach((item, i) => check(model, member.type, item, `${path}.${key}[${i}]`, problems));
        } else {
          check(model, member.type, v, `${path}.${key}`, problems);
        }
      }
  }
}

if (MODEL_FILES.length === 0) {
  it.skip('model conformance: neither /work/shared/model nor model/generated/api-model.json is present', () => {});
}

describe.each(MODEL_FILES)('seeded documents against the API model in %s', (file) => {
  const model = loadModel(file);
  it('use only model members and enum values', () => {
    seedDemoInventory(store, { now: NOW });
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
