// The same objects read from a v3 and a v4 engine (recorded the same day from one
// installation, refresher_4_1 / ovirt_sdk_refresh_recording) give equivalent models.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBody } from './parse.ts';
import type { Resource, Structure, Value } from './resource.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function item(file: string, id: string): Resource {
  const p = parseBody({ text: fx(file), contentType: 'application/xml', status: 200 });
  if (p.type !== 'collection') throw new Error(p.type);
  const it = p.collection.items.find((i) => i.id === id);
  if (!it) throw new Error(`${id} not in ${file}`);
  return it;
}

/** Flattens fields to dotted paths (`cpu.topology.cores`); references to their id. */
function flat(v: Value, path: string, out: Record<string, unknown>): Record<string, unknown> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const s = v as Structure;
    if (s.id) out[`${path}.id`] = s.id;
    for (const [k, x] of Object.entries(s.fields)) flat(x, path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(v)) {
    out[path] = JSON.stringify(v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? ((x as Structure).id ?? (x as Structure).fields) : x)));
  } else out[path] = v;
  return out;
}

// Values that changed on the engine between the two recordings (VM state, usage figures).
const VOLATILE = new Set([
  'status', 'memory', 'memory_policy.guaranteed', 'stop_time', 'available', 'used', 'committed',
  'hardware_information.version', 'hardware_information.serial_number', 'required_rng_sources',
]);

const PAIRS = [
  { kind: 'vm', id: '3a9401a0-bf3d-4496-8acf-edd3e903511f', v3: 'v3-vms.xml', v4: 'v4-vms.xml', must: ['name', 'cpu.topology.cores', 'cpu.topology.sockets', 'os.type', 'os.boot.devices', 'cluster.id', 'type', 'stateless', 'high_availability.enabled', 'creation_time', 'display.type'] },
  { kind: 'host', id: '5bf6b336-f86d-4551-ac08-d34621ec5f0a', v3: 'v3-hosts.xml', v4: 'v4-hosts.xml', must: ['name', 'address', 'status', 'cluster.id', 'cpu.topology.cores', 'cpu.speed', 'memory', 'external_status', 'se_linux.mode', 'version.major', 'spm.priority', 'spm.status'] },
  { kind: 'cluster', id: '504ae500-3476-450e-8243-f6df0f7f7acf', v3: 'v3-clusters.xml', v4: 'v4-clusters.xml', must: ['name', 'cpu.type', 'cpu.architecture', 'version.major', 'version.minor', 'data_center.id', 'memory_policy.over_commit.percent', 'ballooning_enabled'] },
  { kind: 'data_center', id: 'b60b3daa-dcbd-40c9-8d09-3fc08c91f5d1', v3: 'v3-datacenters.xml', v4: 'v4-datacenters.xml', must: ['name', 'local', 'status', 'version.major', 'storage_format', 'supported_versions', 'quota_mode'] },
  { kind: 'storage_domain', id: '27a3bcce-c4d0-4bce-afe9-1d669d5a9d02', v3: 'v3-storagedomains.xml', v4: 'v4-storagedomains.xml', must: ['name', 'type', 'storage.type', 'storage.address', 'storage_format', 'master', 'external_status'] },
];

describe('v3 and v4 read into the same model', () => {
  for (const p of PAIRS) {
    it(`${p.kind} ${p.id}`, () => {
      const a = item(p.v3, p.id);
      const b = item(p.v4, p.id);
      expect(a.kind).toBe(p.kind);
      expect(b.kind).toBe(p.kind);
      const fa = flat(a, '', {});
      const fb = flat(b, '', {});
      for (const key of p.must) {
        expect(fa, `v3 lacks ${key}`).toHaveProperty([key]);
        expect(fb, `v4 lacks ${key}`).toHaveProperty([key]);
      }
      const common = Object.keys(fa).filter((k) => k in fb && !VOLATILE.has(k));
      expect(common.length).toBeGreaterThan(p.must.length);
      for (const k of common) expect(fa[k], `${p.kind}.${k}`).toEqual(fb[k]);
    });
  }

  it('v3 upper-case and wrapped values do not leak', () => {
    const vm = item('v3-vms.xml', '3a9401a0-bf3d-4496-8acf-edd3e903511f');
    const f = flat(vm, '', {});
    expect(f['cpu.architecture']).toBe('x86_64');
    expect(typeof f.status).toBe('string');
    expect(Object.keys(f).some((k) => k.startsWith('status.'))).toBe(false);
  });
});
