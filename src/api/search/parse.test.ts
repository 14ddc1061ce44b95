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
  // side by side: ANDed last, kept side by side in the canonical form
  ['Vms: name=a name=b', undefined, 'Vms: name=a name=b'],
  ['Vms: status=down or status=up cluster=Production', undefined, 'Vms: status=down or status=up cluster=Production'],
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
  // a value ends at the first blank: the time is free text, as the engine reads it
  ['Vms: creationdate>03/01/2024 10:00', undefined, 'Vms: creationdate>03/01/2024 10:00'],
  ['Vms: creationdate<Today', undefined, 'Vms: creationdate<Today'],
  ['Vms: ip=10.0.0.1', undefined, 'Vms: ip=10.0.0.1'],
  ['Vms: name="my vm"', undefined, 'Vms: name="my vm"'],
  ['Vms: description="say hi"', undefined, 'Vms: description="say hi"'],
  // the value after an operator runs to the next blank
  ['Vms: name==x', undefined, 'Vms: name==x'],
  ['Vms: name=web-01.example.com', undefined, 'Vms: name=web-01.example.com'],
  ['Vms: asc', undefined, 'Vms: asc'],
  ['Vms: host=node1', undefined, 'Vms: host=node1'],
  ['Vms: uptime>1:30:00', undefined, 'Vms: uptime>1:30:00'],
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
  ['Foo: name=x', undefined, /unknown search object 'Foo' at position 1/, 0],
  ['Volumes: name=x', undefined, /'Volumes' is not searchable here/, 0],
  ['Hosts: name=x', 'Vms', /search object 'Hosts' does not match the collection vms/, 0],
  ['Vms: bogus=1', undefined, /Unknown field "bogus" for Vms/, 5],
  ['Vms: status=migrating', undefined, /"migrating" is not a value of status for Vms/, 12],
  ['Vms: status=non_responsive', undefined, /"non_responsive" is not a value of status/, 12],
  ['Vms: status>up', undefined, /operator '>' is not valid for field 'status'/, 11],
  ['Vms: name<abc', undefined, /operator '<' is not valid for field 'name'/, 9],
  ['Vms: memory=lots', undefined, /field 'memory' of Vms expects a number/, 12],
  ['Vms: uptime>soon', undefined, /field 'uptime' of Vms expects a number/, 12],
  ['Vms: next_run_config_exists=maybe', undefined, /expects true or false/, 28],
  ['Vms: creationdate>soon', undefined, /expects a date/, 18],
  ['Vms: creationdate=Today', undefined, /operator '=' is not valid for field 'creationdate'.*use < or >/, 17],
  ['Vms: creationdate!=Today', undefined, /operator '!=' is not valid/, 17],
  ['Vms: name=', undefined, /expected a value after '='/, 10],
  ['Vms: =x', undefined, /expected a field name or a value before '='/, 5],
  ['Vms: name!x', undefined, /'!' at position 10 must be followed by '='/, 9],
  ['Vms: name="web', undefined, /Unterminated double quote/, 10],
  ["Vms: name='x'", undefined, /invalid character '/, 10],
  ['Vms: name=x;drop', undefined, /invalid character ;/, 11],
  ['Vms: and name=x', undefined, /'and' at position 6 must stand between two conditions/, 5],
  ['Vms: name=x and', undefined, /expected a condition after 'and'/, 12],
  ['Vms: name=x and or name=y', undefined, /'or' at position 17 must stand between two conditions/, 16],
  ['Vms: name=x or', undefined, /expected a condition after 'or'/, 12],
  ['Vms: sortby', undefined, /expected a field name after 'sortby'/, 11],
  ['Vms: sortby bogus', undefined, /unknown sort field 'bogus' for Vms/, 12],
  ['Vms: page', undefined, /expected a page number after 'page'/, 9],
  ['Vms: page 0', undefined, /page expects a positive whole number/, 10],
  ['Vms: page two', undefined, /page expects a positive whole number, got 'two'/, 10],
  ['Vms: page 2 sortby name', undefined, /unexpected 'sortby' at position 13 after 'page'/, 12],
  ['Vms: sortby name asc name=x', undefined, /unexpected 'name'/, 21],
  ['Vms: cluster.name=x', undefined, /Vms cannot be searched through 'cluster'/, 5],
  ['Vms: host.bogus=x', undefined, /Unknown field "bogus" for Hosts in "host.bogus"/, 10],
  ['Vms: name', undefined, /expected an operator .* after field 'name'/, 5],
  ['Vms: host', undefined, /expected '\.' and a field, or an operator, after 'host'/, 5],
  ['Vms: host>node1', undefined, /operator '>' is not valid after 'host'/, 9],
  ['Hosts: status=Paused', undefined, /"Paused" is not a value of status for Hosts/, 14],
  ['Events: severity=fatal', undefined, /"fatal" is not a value of severity/, 17],
  ['Datacenter: local=yes', undefined, /expects true or false/, 18],
  ['Vms: "name"=x', undefined, /expected a field name before '='/, 5],
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

  it('ANDs conditions written side by side last, as the engine does', () => {
    const r = parseSearch('Vms: status=down or status=up cluster=Production');
    if (!r.ok) throw new Error(r.error.message);
    const w = r.ast.where!;
    expect(w).toMatchObject({ type: 'and', adjacent: true });
    if (w.type !== 'and') return;
    expect(w.items.map((x) => x.type)).toEqual(['or', 'condition']);
    expect(conditions(w.items[0]).map((c) => c.value)).toEqual(['down', 'up']);
    // explicit `and` still binds tighter than `or`
    const e = parseSearch('Vms: status=down or status=up and cluster=Production');
    expect(e.ok && e.ast.where?.type).toBe('or');
  });

  it('reads a value up to the next blank', () => {
    const r = parseSearch('Vms: name=a<b>c=d ip=10.0.0.*');
    if (!r.ok) throw new Error(r.error.message);
    expect(conditions(r.ast.where).map((c) => [c.field, c.value])).toEqual([['name', 'a<b>c=d'], ['ip', '10.0.0.*']]);
  });

  it('enum values carry the engine name and the v4 status they mean', () => {
    const r = parseSearch('Vms: status=migratingfrom or status=PoweringUp');
    if (!r.ok) throw new Error(r.error.message);
    expect(conditions(r.ast.where).map((c) => c.enumValue)).toEqual([
      { internal: 'MigratingFrom', v4: 'migrating' },
      { internal: 'PoweringUp', v4: 'powering_up' },
    ]);
    const ev = parseSearch('Events: severity>warning');
    expect(ev.ok && conditions(ev.ast.where)[0].enumValue).toEqual({ internal: 'WARNING', v4: 'warning', ordinal: 1 });
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
