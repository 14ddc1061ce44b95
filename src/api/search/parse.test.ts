import { describe, expect, it } from 'vitest';
import { formatSearch, parseSearch, type Condition, type Expr } from './parse.ts';
import { objectForCollection } from './objects.ts';

// [query, default object, canonical form]
const VALID: [string, string | undefined, string][] = [
  ['Vms:', undefined, 'Vms:'],
  ['vms:', undefined, 'Vms:'],
  ['VM: name=web1', undefined, 'Vms: name=web1'],
  ['Vms: name=web*', undefined, 'Vms: name=web*'],
  ['Vms: name = web1', undefined, 'Vms: name=web1'],
  ['Vms: NAME=web1', undefined, 'Vms: name=web1'],
  ['Vms: name!=web1', undefined, 'Vms: name!=web1'],
  ['Vms: status=up', undefined, 'Vms: status=up'],
  ['Vms: status=Up', undefined, 'Vms: status=Up'],
  ['Vms: status=MigratingFrom or status=MigratingTo', undefined, 'Vms: status=MigratingFrom or status=MigratingTo'],
  ['Vms: status=down and name=a*', undefined, 'Vms: status=down and name=a*'],
  ['Vms: name=web* and status=up or status=paused sortby name asc page 2', undefined, 'Vms: name=web* and status=up or status=paused sortby name asc page 2'],
  ['Vms: name=a name=b', undefined, 'Vms: name=a and name=b'],
  ['Vms: host.name=node1*', undefined, 'Vms: host.name=node1*'],
  ['Vms: hosts.name=node1', undefined, 'Vms: hosts.name=node1'],
  ['Vms: template.name=Blank', undefined, 'Vms: template.name=Blank'],
  ['Vms: storage.name=data1', undefined, 'Vms: storage.name=data1'],
  ['Vms: events.severity>normal', undefined, 'Vms: events.severity>normal'],
  ['Vms: users.name=admin', undefined, 'Vms: users.name=admin'],
  ['Vms: memory>1073741824', undefined, 'Vms: memory>1073741824'],
  ['Vms: memory>=1024 and memory<=4096', undefined, 'Vms: memory>=1024 and memory<=4096'],
  ['Vms: cpu_usage>80', undefined, 'Vms: cpu_usage>80'],
  ['Vms: uptime<3600', undefined, 'Vms: uptime<3600'],
  ['Vms: creationdate>2024-03-01', undefined, 'Vms: creationdate>2024-03-01'],
  ['Vms: creationdate>"2024-03-01 10:00"', undefined, 'Vms: creationdate>"2024-03-01 10:00"'],
  ['Vms: creationdate>03/01/2024 10:00', undefined, 'Vms: creationdate>"03/01/2024 10:00"'],
  ['Vms: creationdate=Today', undefined, 'Vms: creationdate=Today'],
  ['Vms: ip=10.0.0.1', undefined, 'Vms: ip=10.0.0.1'],
  ['Vms: name="my vm"', undefined, 'Vms: name="my vm"'],
  ['Vms: description="say \\"hi\\""', undefined, 'Vms: description="say \\"hi\\""'],
  ['Vms: web1', undefined, 'Vms: web1'],
  ['Vms: web1 or db*', undefined, 'Vms: web1 or db*'],
  ['Vms: sortby name', undefined, 'Vms: sortby name asc'],
  ['Vms: sortby memory desc', undefined, 'Vms: sortby memory desc'],
  ['Vms: page 3', undefined, 'Vms: page 3'],
  ['Vms: SORTBY NAME ASC PAGE 1', undefined, 'Vms: sortby name asc page 1'],
  ['Vms: next_run_config_exists=true', undefined, 'Vms: next_run_config_exists=true'],
  ['Vms: type=server', undefined, 'Vms: type=server'],
  ['Vms: architecture=x86_64', undefined, 'Vms: architecture=x86_64'],
  ['name=web1', 'Vms', 'Vms: name=web1'],
  ['status=up sortby name asc page 2', 'vms', 'Vms: status=up sortby name asc page 2'],
  ['', 'Vms', 'Vms:'],
  ['Hosts: status=maintenance', undefined, 'Hosts: status=maintenance'],
  ['Hosts: status=NonResponsive', undefined, 'Hosts: status=NonResponsive'],
  ['Hosts: vms.status=up', undefined, 'Hosts: vms.status=up'],
  ['Hosts: cpu_usage>50 and active_vms>0', undefined, 'Hosts: cpu_usage>50 and active_vms>0'],
  ['Hosts: nic.name=eth0', undefined, 'Hosts: nic.name=eth0'],
  ['Hosts: update_available=true', undefined, 'Hosts: update_available=true'],
  ['Events: severity>normal sortby time desc', undefined, 'Events: severity>normal sortby time desc'],
  ['Events: severity>=warning', undefined, 'Events: severity>=warning'],
  ['Events: type=32', undefined, 'Events: type=32'],
  ['Events: time>yesterday', undefined, 'Events: time>yesterday'],
  ['Events: vms.name=web1', undefined, 'Events: vms.name=web1'],
  ['Events: correlation_id=abc-123', undefined, 'Events: correlation_id=abc-123'],
  ['Clusters: name=Default', undefined, 'Clusters: name=Default'],
  ['Clusters: datacenter.name=dc1', undefined, 'Clusters: datacenter.name=dc1'],
  ['Datacenter: status=up', undefined, 'Datacenter: status=up'],
  ['Datacenter: local=false', undefined, 'Datacenter: local=false'],
  ['datacenters: name=dc*', undefined, 'Datacenter: name=dc*'],
  ['Storage: status=active', undefined, 'Storage: status=active'],
  ['Storage: free_size<10 and type=nfs', undefined, 'Storage: free_size<10 and type=nfs'],
  ['Storage: hosts.name=h1', undefined, 'Storage: hosts.name=h1'],
  ['Templates: name=Blank', undefined, 'Templates: name=Blank'],
  ['Users: usrname=admin*', undefined, 'Users: usrname=admin*'],
  ['Groups: name=admins', undefined, 'Groups: name=admins'],
  ['Pools: type=automatic', undefined, 'Pools: type=automatic'],
  ['Disks: alias=disk1 or provisioned_size>1000', undefined, 'Disks: alias=disk1 or provisioned_size>1000'],
  ['Disks: storage.name=data1', undefined, 'Disks: storage.name=data1'],
  ['Networks: vlanid=100', undefined, 'Networks: vlanid=100'],
  ['Networks: vmnetwork=true and datacenter=Default', undefined, 'Networks: vmnetwork=true and datacenter=Default'],
  ['Jobs: correlation_id=c1', undefined, 'Jobs: correlation_id=c1'],
  ['Vms: name=and', undefined, 'Vms: name=and'],
  ['Vms: name=page', undefined, 'Vms: name=page'],
];

// [query, default object, error message fragment, error position]
const INVALID: [string, string | undefined, RegExp, number][] = [
  ['name=web1', undefined, /must start with the object/, 0],
  ['Foo: name=x', undefined, /Unknown search object "Foo"/, 0],
  ['Vms: bogus=1', undefined, /Unknown field "bogus"/, 5],
  ['Vms: status=migrating', undefined, /"migrating" is not a value of status/, 12],
  ['Vms: status=non_responsive', undefined, /not a value of status/, 12],
  ['Vms: status>up', undefined, /"status" does not take ">"/, 11],
  ['Vms: name<abc', undefined, /"name" does not take "<"/, 9],
  ['Vms: memory=lots', undefined, /takes a number/, 12],
  ['Vms: next_run_config_exists=maybe', undefined, /true or false/, 28],
  ['Vms: creationdate=soon', undefined, /takes a date/, 18],
  ['Vms: creationdate!=Today', undefined, /does not take "!="/, 17],
  ['Vms: name=', undefined, /Expected a value after "name="/, 10],
  ['Vms: name==x', undefined, /Expected a value after "name="/, 10],
  ['Vms: =x', undefined, /Expected a field name before "="/, 5],
  ['Vms: name!x', undefined, /"!" must be followed by "="/, 9],
  ['Vms: name="web', undefined, /Unterminated quoted value/, 10],
  ['Vms: and name=x', undefined, /Expected a condition before "and"/, 5],
  ['Vms: name=x and', undefined, /Expected a condition after "and"/, 12],
  ['Vms: name=x and or name=y', undefined, /Expected a condition after "and"/, 16],
  ['Vms: name=x or', undefined, /Expected a condition after "or"/, 12],
  ['Vms: sortby', undefined, /Expected a field name after "sortby"/, 11],
  ['Vms: sortby bogus', undefined, /Cannot sort Vms by "bogus"/, 12],
  ['Vms: page', undefined, /takes a page number/, 9],
  ['Vms: page 0', undefined, /takes a page number/, 10],
  ['Vms: page two', undefined, /takes a page number/, 10],
  ['Vms: page 2 sortby name', undefined, /"sortby" must come before "page"/, 12],
  ['Vms: sortby name asc name=x', undefined, /Unexpected "name"/, 21],
  ['Vms: cluster.name=x', undefined, /cannot be searched by "cluster"/, 5],
  ['Vms: host.bogus=x', undefined, /Unknown field "bogus" for host/, 10],
  ['Hosts: status=Paused', undefined, /not a value of status/, 14],
  ['Events: severity=fatal', undefined, /not a value of severity/, 17],
  ['Datacenter: local=yes', undefined, /true or false/, 18],
  ['Vms: "name"=x', undefined, /cannot be quoted/, 5],
  ['Vms: asc', undefined, /Unexpected "asc"/, 5],
];

function conditions(e: Expr | undefined): Condition[] {
  if (!e) return [];
  return e.type === 'condition' ? [e] : e.items.flatMap(conditions);
}

describe('search parser', () => {
  it(`has ${VALID.length + INVALID.length} table cases (≥60)`, () => {
    expect(VALID.length + INVALID.length).toBeGreaterThanOrEqual(60);
  });

  for (const [q, obj, canonical] of VALID) {
    it(`accepts ${JSON.stringify(q)}`, () => {
      const r = parseSearch(q, { object: obj });
      if (!r.ok) throw new Error(`${r.error.message} @${r.error.position}`);
      expect(formatSearch(r.ast)).toBe(canonical);
      // the canonical form parses to the same AST (positions aside)
      const again = parseSearch(canonical);
      expect(again.ok && formatSearch(again.ast)).toBe(canonical);
    });
  }

  for (const [q, obj, msg, pos] of INVALID) {
    it(`rejects ${JSON.stringify(q)}`, () => {
      const r = parseSearch(q, { object: obj });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.message).toMatch(msg);
      expect(r.error.position).toBe(pos);
      expect(r.error.end).toBeGreaterThanOrEqual(r.error.position);
    });
  }

  it('AND binds tighter than OR', () => {
    const r = parseSearch('Vms: name=a and status=up or name=b and status=down or web');
    if (!r.ok) throw new Error(r.error.message);
    const w = r.ast.where!;
    expect(w.type).toBe('or');
    if (w.type !== 'or') return;
    expect(w.items.map((x) => x.type)).toEqual(['and', 'and', 'condition']);
    expect(conditions(w).map((c) => c.value)).toEqual(['a', 'up', 'b', 'down', 'web']);
  });

  it('enum values carry the engine name and the v4 status they mean', () => {
    const r = parseSearch('Vms: status=migratingfrom or status=PoweringUp');
    if (!r.ok) throw new Error(r.error.message);
    expect(conditions(r.ast.where).map((c) => c.enumValue)).toEqual([
      { internal: 'MigratingFrom', v4: 'migrating' },
      { internal: 'PoweringUp', v4: 'powering_up' },
    ]);
    const ev = parseSearch('Events: severity>warning');
    expect(ev.ok && conditions(ev.ast.where)[0].enumValue).toEqual({ internal: 'warning', v4: 'warning', ordinal: 1 });
  });

  it('conditions record prefix, target object, field kind, wildcard, quotes and positions', () => {
    const r = parseSearch('Vms: host.name="node 1*" memory>5');
    if (!r.ok) throw new Error(r.error.message);
    const [a, b] = conditions(r.ast.where);
    expect(a).toMatchObject({ prefix: 'host', object: 'Hosts', field: 'name', fieldKind: 'text', op: '=', value: 'node 1*', quoted: true, wildcard: true, start: 5, end: 24 });
    expect(b).toMatchObject({ object: 'Vms', field: 'memory', fieldKind: 'number', op: '>', value: '5', start: 25 });
    expect(r.ast.explicitObject).toBe(true);
  });

  it('maps entry-point collections to search objects', () => {
    expect(objectForCollection('storagedomains')?.name).toBe('Storage');
    expect(objectForCollection('vmpools')?.name).toBe('Pools');
    expect(objectForCollection('datacenters')?.name).toBe('Datacenter');
    expect(objectForCollection('roles')).toBeUndefined();
  });
});
