import { describe, expect, it } from 'vitest';
import { buildInventory, inventoryContext, NOW } from './__fixtures__/inventory.ts';
import { runSearch, SearchError, type Doc, type SearchOptions } from './search.ts';

const ctx = inventoryContext(buildInventory());

function label(collection: string, d: Doc): string {
  if (collection === 'events') return `e${d.id}`;
  if (collection === 'jobs') return d.id;
  return String(d.name ?? d.alias ?? d.id);
}

function search(collection: string, query: string, opts: SearchOptions = {}): string[] {
  return runSearch(collection, query, { now: NOW, ...opts }, ctx).items.map((d) => label(collection, d));
}

interface Case {
  c: string;
  q: string;
  expect: string[];
  /** compare in order (sortby, paging, default order) rather than as a set */
  ordered?: boolean;
  opts?: SearchOptions;
}

const ALL_VMS = ['app_01', 'app-02', 'db01', 'db02', 'Desktop-Alice', 'desktop-bob', 'HPC-node', 'labvm1', 'labvm2', 'suspended01', 'web01', 'web02', 'web03'];
const without = (...names: string[]) => ALL_VMS.filter((n) => !names.includes(n));
const UP = ['db01', 'Desktop-Alice', 'HPC-node', 'web01', 'web02'];
const cs = { caseSensitive: true };

const vmCases: Case[] = [
  { c: 'vms', q: '', expect: ALL_VMS, ordered: true },
  { c: 'vms', q: 'Vms:', expect: ALL_VMS, ordered: true },
  { c: 'vms', q: 'name=web01', expect: ['web01'] },
  { c: 'vms', q: 'name=WEB01', expect: ['web01'] },
  { c: 'vms', q: 'name=WEB01', expect: [], opts: cs },
  { c: 'vms', q: 'name=web*', expect: ['web01', 'web02', 'web03'], ordered: true },
  { c: 'vms', q: 'name=*01', expect: ['app_01', 'db01', 'suspended01', 'web01'] },
  { c: 'vms', q: 'name=*-*', expect: ['app-02', 'Desktop-Alice', 'desktop-bob', 'HPC-node'] },
  { c: 'vms', q: 'name=app_01', expect: ['app_01'] },
  { c: 'vms', q: 'name=app_0*', expect: ['app_01'] },
  { c: 'vms', q: 'name!=web*', expect: without('web01', 'web02', 'web03') },
  { c: 'vms', q: 'name=desktop*', expect: ['Desktop-Alice', 'desktop-bob'] },
  { c: 'vms', q: 'name=desktop*', expect: ['desktop-bob'], opts: cs },
  { c: 'vms', q: 'name=Desktop*', expect: ['Desktop-Alice'], opts: cs },
  { c: 'vms', q: 'name="web02"', expect: ['web02'] },
  { c: 'vms', q: 'name = web02', expect: ['web02'] },
  { c: 'vms', q: 'Vms: name=web02', expect: ['web02'] },
  { c: 'vms', q: 'vms:name=web02', expect: ['web02'] },
  { c: 'vms', q: 'VM: name=web02', expect: ['web02'] },
  { c: 'vms', q: 'NAME=web02', expect: ['web02'] },
  { c: 'vms', q: 'status=up', expect: UP, ordered: true },
  { c: 'vms', q: 'status=UP', expect: UP },
  { c: 'vms', q: 'status=UP', expect: UP, opts: cs },
  { c: 'vms', q: 'status=down', expect: ['db02', 'desktop-bob'] },
  { c: 'vms', q: 'status!=up', expect: without(...UP) },
  { c: 'vms', q: 'status=MigratingFrom', expect: ['app_01'] },
  { c: 'vms', q: 'status=migratingto', expect: ['app_01'] },
  { c: 'vms', q: 'status=PoweringUp', expect: ['app-02'] },
  { c: 'vms', q: 'status=NotResponding', expect: ['labvm1'] },
  { c: 'vms', q: 'status=ImageLocked', expect: ['labvm2'] },
  { c: 'vms', q: 'status=Suspended', expect: ['suspended01'] },
  { c: 'vms', q: 'status=Paused', expect: ['web03'] },
  { c: 'vms', q: 'status=WaitForLaunch', expect: [] },
  { c: 'vms', q: 'status=up or status=paused', expect: [...UP, 'web03'] },
  { c: 'vms', q: 'status=up and cluster=Production', expect: ['db01', 'HPC-node', 'web01', 'web02'] },
  { c: 'vms', q: 'status=up cluster=Production', expect: ['db01', 'HPC-node', 'web01', 'web02'] },
  { c: 'vms', q: 'status=up AND cluster=Production', expect: ['db01', 'HPC-node', 'web01', 'web02'] },
  // AND binds tighter than OR
  { c: 'vms', q: 'name=web* and status=up or status=paused', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'status=paused or name=web* and status=up', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'status=down or status=up and cluster=Default', expect: ['db02', 'Desktop-Alice', 'desktop-bob'] },
  { c: 'vms', q: 'cluster=Production and status=down or status=suspended', expect: ['suspended01'] },
  // side-by-side conditions are ANDed last, after OR (the engine's SQL generator)
  { c: 'vms', q: 'status=down or status=up cluster=Production', expect: ['db01', 'HPC-node', 'web01', 'web02'] },
  { c: 'vms', q: 'cluster=Production status=down or status=paused', expect: ['web03'] },
  { c: 'vms', q: 'status=paused or status=down tag=db', expect: ['db02'] },
  { c: 'vms', q: 'status=paused or status=down and tag=db', expect: ['db02', 'web03'] },
  { c: 'vms', q: 'cluster=default', expect: ['app_01', 'app-02', 'db02', 'Desktop-Alice', 'desktop-bob', 'suspended01'] },
  { c: 'vms', q: 'cluster=default', expect: [], opts: cs },
  { c: 'vms', q: 'cluster=Lab*', expect: ['labvm1', 'labvm2'] },
  { c: 'vms', q: 'datacenter=Lab', expect: ['labvm1', 'labvm2'] },
  { c: 'vms', q: 'datacenter!=Lab', expect: without('labvm1', 'labvm2') },
  { c: 'vms', q: 'on_host=node1', expect: ['HPC-node', 'web01', 'web03'] },
  { c: 'vms', q: 'on_host=node*', expect: ['app_01', 'app-02', 'db01', 'Desktop-Alice', 'HPC-node', 'web01', 'web02', 'web03'] },
  // VMs that run nowhere have no host: neither = nor != matches them
  { c: 'vms', q: 'on_host!=node1', expect: ['app_01', 'app-02', 'db01', 'Desktop-Alice', 'labvm1', 'web02'] },
  { c: 'vms', q: 'host.name=node1*', expect: ['HPC-node', 'web01', 'web03'] },
  { c: 'vms', q: 'Vms: host.name=node2', expect: ['db01', 'web02'] },
  { c: 'vms', q: 'host.status=maintenance', expect: ['app_01', 'app-02', 'Desktop-Alice'] },
  { c: 'vms', q: 'hosts.cpu_speed>2500', expect: ['db01', 'HPC-node', 'labvm1', 'web01', 'web02', 'web03'] },
  { c: 'vms', q: 'host=node1', expect: ['HPC-node', 'web01', 'web03'] },
  { c: 'vms', q: 'template.name=rhel9-base', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'template.name=win*', expect: ['Desktop-Alice', 'desktop-bob'] },
  { c: 'vms', q: 'templates.status=illegal', expect: ['labvm1', 'labvm2'] },
  { c: 'vms', q: 'template.mem>1024', expect: ['Desktop-Alice', 'desktop-bob', 'web01', 'web02', 'web03'] },
  { c: 'vms', q: 'memory>4096', expect: ['db01', 'db02', 'HPC-node', 'web03'] },
  { c: 'vms', q: 'memory>=4096', expect: ['db01', 'db02', 'HPC-node', 'web01', 'web02', 'web03'] },
  { c: 'vms', q: 'memory=2048', expect: ['app_01', 'app-02', 'Desktop-Alice', 'desktop-bob'] },
  { c: 'vms', q: 'memory<1024', expect: ['suspended01'] },
  { c: 'vms', q: 'memory<=1024', expect: ['labvm1', 'labvm2', 'suspended01'] },
  { c: 'vms', q: 'memory!=2048', expect: without('app_01', 'app-02', 'Desktop-Alice', 'desktop-bob') },
  { c: 'vms', q: 'guaranteed_memory=16384', expect: ['db01'] },
  { c: 'vms', q: 'guaranteed_memory<4096', expect: ['web01'] },
  { c: 'vms', q: 'cpu_usage>50', expect: ['db01', 'HPC-node', 'web02'] },
  { c: 'vms', q: 'cpu_usage<=10', expect: ['Desktop-Alice', 'web03'] },
  { c: 'vms', q: 'mem_usage>=88', expect: ['db01', 'HPC-node'] },
  { c: 'vms', q: 'network_usage=5', expect: ['web01'] },
  { c: 'vms', q: 'type=desktop', expect: ['Desktop-Alice', 'desktop-bob', 'suspended01'] },
  { c: 'vms', q: 'type=HighPerformance', expect: ['HPC-node'] },
  { c: 'vms', q: 'type=server', expect: ['app_01', 'app-02', 'db01', 'db02', 'labvm1', 'labvm2', 'web01', 'web02', 'web03'] },
  { c: 'vms', q: 'pool=desktop-pool', expect: ['Desktop-Alice', 'desktop-bob'] },
  // a tag matches objects tagged with it or with any tag below it
  { c: 'vms', q: 'tag=web', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'tag=web-frontend', expect: ['web02', 'web03'] },
  { c: 'vms', q: 'tag=web-frontend-eu', expect: ['web03'] },
  { c: 'vms', q: 'tag=db', expect: ['db01', 'db02'] },
  { c: 'vms', q: 'tag=production', expect: ['db01', 'HPC-node'] },
  { c: 'vms', q: 'tag=production', expect: [], opts: cs },
  { c: 'vms', q: 'tag=web*', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'tag!=db', expect: without('db01', 'db02') },
  { c: 'vms', q: 'tag=db and tag=production', expect: ['db01'] },
  { c: 'vms', q: 'tag=nosuchtag', expect: [] },
  { c: 'vms', q: 'ip=10.1.0.11', expect: ['web01'] },
  { c: 'vms', q: 'ip=10.1.*', expect: ['web01', 'web02'] },
  { c: 'vms', q: 'ip=10.*', expect: ['db01', 'HPC-node', 'web01', 'web02'] },
  { c: 'vms', q: 'ip=fe80::1', expect: ['web01'] },
  { c: 'vms', q: 'fe80::1', expect: ['web01'] },
  { c: 'vms', q: 'Vms: fe80::1', expect: ['web01'] },
  { c: 'vms', q: 'fqdn=*.example.com', expect: ['web01', 'web02'] },
  { c: 'vms', q: 'address=web02*', expect: ['web02'] },
  { c: 'vms', q: 'os=rhel*', expect: ['db01', 'db02', 'web01', 'web02', 'web03'] },
  { c: 'vms', q: 'os=windows_10x64', expect: ['Desktop-Alice', 'desktop-bob'] },
  // free text: any text field contains the value; os and apps are left out as in the engine
  { c: 'vms', q: 'rhel', expect: [] },
  { c: 'vms', q: 'postgresql', expect: ['db01', 'db02'] },
  { c: 'vms', q: 'Frontend', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'frontend', expect: [], opts: cs },
  { c: 'vms', q: '"PostgreSQL primary"', expect: ['db01'] },
  { c: 'vms', q: 'replica', expect: ['db02'] },
  { c: 'vms', q: 'gold', expect: ['db01'] },
  { c: 'vms', q: 'node1 status=paused', expect: ['web03'] },
  { c: 'vms', q: 'quota=gold', expect: ['db01'] },
  { c: 'vms', q: 'apps=nginx', expect: ['web01'] },
  { c: 'vms', q: 'apps=kernel', expect: ['db01', 'web01'] },
  { c: 'vms', q: 'apps!=postgresql', expect: ['web01'] },
  { c: 'vms', q: 'loggedinuser=alice*', expect: ['Desktop-Alice'] },
  { c: 'vms', q: 'comment=prod', expect: ['web01'] },
  { c: 'vms', q: 'comment!=prod', expect: without('web01') },
  { c: 'vms', q: 'description="*web server*"', expect: ['web01', 'web02', 'web03'] },
  // unquoted, a value ends at the blank: description=*web and free text server*
  { c: 'vms', q: 'description=*web server*', expect: [] },
  { c: 'vms', q: 'description=*web* server', expect: ['web01', 'web02', 'web03'] },
  { c: 'vms', q: 'creationdate>2026-03-01', expect: ['app-02', 'labvm1', 'labvm2', 'web03'] },
  { c: 'vms', q: 'creationdate<2025-12-01', expect: ['db01', 'db02', 'suspended01'] },
  { c: 'vms', q: 'creationdate>Yesterday', expect: ['labvm1', 'labvm2', 'web03'] },
  { c: 'vms', q: 'creationdate>Today', expect: ['labvm2', 'web03'] },
  { c: 'vms', q: 'creationdate>"2026-03-14 12:00"', expect: ['labvm1', 'labvm2', 'web03'] },
  { c: 'vms', q: 'creationdate<03/01/2026 creationdate>02/01/2026', expect: ['app_01'] },
  { c: 'vms', q: 'uptime>86400', expect: ['db01', 'HPC-node', 'web02'] },
  { c: 'vms', q: 'uptime<3:00:00', expect: ['web01', 'web03'] },
  { c: 'vms', q: 'uptime>4.00:00:00', expect: ['db01', 'HPC-node'] },
  { c: 'vms', q: 'next_run_config_exists=true', expect: ['db01'] },
  { c: 'vms', q: 'next_run_config_exists=false', expect: without('db01') },
  { c: 'vms', q: 'has_illegal_images=TRUE', expect: ['suspended01'] },
  { c: 'vms', q: 'bios_type=q35_ovmf', expect: ['HPC-node'] },
  { c: 'vms', q: 'bios_type=Q35Ovmf', expect: ['HPC-node'] },
  { c: 'vms', q: 'vcpus>=4', expect: ['db01', 'web01'] },
  { c: 'vms', q: 'vcpus=8', expect: ['db01'] },
  { c: 'vms', q: 'architecture=ppc64', expect: ['labvm1', 'labvm2'] },
  { c: 'vms', q: 'compatibility_level=4.6', expect: ['labvm1', 'labvm2'] },
  { c: 'vms', q: 'id=vm-web01', expect: ['web01'] },
  { c: 'vms', q: 'users.name=alice', expect: ['web01'] },
  { c: 'vms', q: 'user.department=Sales', expect: ['desktop-bob'] },
  { c: 'vms', q: 'storage.name=data2', expect: ['db01', 'db02'] },
  { c: 'vms', q: 'storage.type=nfs', expect: ['db01', 'db02', 'web01', 'web02'] },
  { c: 'vms', q: 'vnic.mac=56:6f:00:00:00:03', expect: ['db01'] },
  { c: 'vms', q: 'vnic.network_name=ovirtmgmt', expect: ['web01', 'web02'] },
  { c: 'vms', q: 'events.severity=error', expect: ['web03'] },
  { c: 'vms', q: 'event.type=32', expect: ['web01'] },
  // sorting: the default key (name) breaks ties; nulls first ascending, last descending
  { c: 'vms', q: 'sortby memory desc', ordered: true,
    expect: ['HPC-node', 'db01', 'db02', 'web03', 'web01', 'web02', 'app_01', 'app-02', 'Desktop-Alice', 'desktop-bob', 'labvm1', 'labvm2', 'suspended01'] },
  { c: 'vms', q: 'name=web* sortby name desc', expect: ['web03', 'web02', 'web01'], ordered: true },
  { c: 'vms', q: 'sortby status', ordered: true,
    expect: ['db02', 'desktop-bob', 'db01', 'Desktop-Alice', 'HPC-node', 'web01', 'web02', 'app-02', 'web03', 'app_01', 'labvm1', 'suspended01', 'labvm2'] },
  { c: 'vms', q: 'status=up sortby cpu_usage desc', expect: ['HPC-node', 'db01', 'web02', 'web01', 'Desktop-Alice'], ordered: true },
  { c: 'vms', q: 'sortby on_host', ordered: true,
    expect: ['db02', 'desktop-bob', 'labvm2', 'suspended01', 'labvm1', 'HPC-node', 'web01', 'web03', 'db01', 'web02', 'app_01', 'app-02', 'Desktop-Alice'] },
  { c: 'vms', q: 'sortby on_host desc', ordered: true,
    expect: ['app_01', 'app-02', 'Desktop-Alice', 'db01', 'web02', 'HPC-node', 'web01', 'web03', 'labvm1', 'db02', 'desktop-bob', 'labvm2', 'suspended01'] },
  // paging: page N of size max, 1-based; without max, everything
  { c: 'vms', q: 'sortby creationdate asc page 1', expect: ['suspended01', 'db01', 'db02'], ordered: true, opts: { max: 3 } },
  { c: 'vms', q: 'sortby creationdate asc page 2', expect: ['HPC-node', 'web01', 'web02'], ordered: true, opts: { max: 3 } },
  { c: 'vms', q: '', expect: ['app_01', 'app-02', 'db01', 'db02', 'Desktop-Alice'], ordered: true, opts: { max: 5 } },
  { c: 'vms', q: 'page 3', expect: ['web01', 'web02', 'web03'], ordered: true, opts: { max: 5 } },
  { c: 'vms', q: 'page 4', expect: [], opts: { max: 5 } },
  { c: 'vms', q: 'page 2', expect: ALL_VMS, ordered: true },
  { c: 'vms', q: 'status=up page 2', expect: ['HPC-node', 'web01'], ordered: true, opts: { max: 2 } },
  { c: 'vms', q: 'status=up', expect: [], opts: { max: 0 } },
];

const hostCases: Case[] = [
  { c: 'hosts', q: '', expect: ['labhost1', 'node1', 'node2', 'node3', 'node4'], ordered: true },
  { c: 'hosts', q: 'Hosts: status=up', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'status=NonResponsive', expect: ['node4'] },
  { c: 'hosts', q: 'status=maintenance or status=nonoperational', expect: ['labhost1', 'node3'] },
  { c: 'hosts', q: 'cluster=Production', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'datacenter=Default', expect: ['node1', 'node2', 'node3', 'node4'] },
  { c: 'hosts', q: 'memory>100000', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'cpus=32', expect: ['node1'] },
  { c: 'hosts', q: 'cpu_model=*E5*', expect: ['node3', 'node4'] },
  { c: 'hosts', q: 'cpu_speed>=2600', expect: ['labhost1', 'node1', 'node2'] },
  { c: 'hosts', q: 'vms.status=up', expect: ['node1', 'node2', 'node3'] },
  { c: 'hosts', q: 'vm.name=labvm*', expect: ['labhost1'] },
  { c: 'hosts', q: 'active_vms>=2', expect: ['node1', 'node2', 'node3'] },
  { c: 'hosts', q: 'active_vms=1', expect: ['labhost1'] },
  { c: 'hosts', q: 'migrating_vms=1', expect: ['node3'] },
  { c: 'hosts', q: 'committed_mem>20000', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'tag=production', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'type=ovirt_node', expect: ['labhost1', 'node3'] },
  { c: 'hosts', q: 'update_available=true', expect: ['node1'] },
  { c: 'hosts', q: 'external_status=error', expect: ['node4'] },
  { c: 'hosts', q: 'load>1', expect: ['node1'] },
  { c: 'hosts', q: 'address=10.0.0.*', expect: ['node3', 'node4'] },
  { c: 'hosts', q: 'ha_score>0', expect: ['node1'] },
  { c: 'hosts', q: 'architecture=ppc64', expect: ['labhost1'] },
  { c: 'hosts', q: 'version=vdsm-4.50*', expect: ['node1', 'node2'] },
  { c: 'hosts', q: 'templates.name=win2022', expect: ['node3'] },
  { c: 'hosts', q: 'events.severity=alert', expect: ['node3'] },
  { c: 'hosts', q: 'nic.network_name=storage-net', expect: ['node2'] },
  { c: 'hosts', q: 'storage.name=data1', expect: ['node1', 'node2', 'node3', 'node4'] },
  { c: 'hosts', q: 'users.name=carol', expect: ['node1'] },
  { c: 'hosts', q: 'comment=rack*', expect: ['node3'] },
  { c: 'hosts', q: 'node', expect: ['node1', 'node2', 'node3', 'node4'] },
  { c: 'hosts', q: 'sortby memory desc', expect: ['node1', 'node2', 'node3', 'node4', 'labhost1'], ordered: true },
  { c: 'hosts', q: 'sortby cpu_usage desc', expect: ['node1', 'node2', 'node3', 'labhost1', 'node4'], ordered: true },
  { c: 'hosts', q: 'sortby cpu_usage', expect: ['labhost1', 'node4', 'node3', 'node2', 'node1'], ordered: true },
];

const infraCases: Case[] = [
  { c: 'clusters', q: '', expect: ['Default', 'LabCluster', 'Production'], ordered: true },
  { c: 'clusters', q: 'architecture=x86_64', expect: ['Default', 'Production'] },
  { c: 'clusters', q: 'cpu_type=Intel*', expect: ['Default', 'Production'] },
  { c: 'clusters', q: 'compatibility_level=4.6', expect: ['LabCluster'] },
  { c: 'clusters', q: 'datacenter.name=Default', expect: ['Default', 'Production'] },
  { c: 'clusters', q: 'datacenter.status=maintenance', expect: ['LabCluster'] },
  { c: 'clusters', q: 'description=*server*', expect: ['Default'] },
  { c: 'clusters', q: 'storage.name=labdata', expect: ['LabCluster'] },
  { c: 'clusters', q: 'cluster_network.name=storage-net', expect: ['Default', 'Production'] },
  { c: 'data_centers', q: '', expect: ['Default', 'Edge', 'Lab'], ordered: true },
  { c: 'data_centers', q: 'Datacenter: status=up', expect: ['Default'] },
  { c: 'data_centers', q: 'status=NonResponsive', expect: ['Edge'] },
  { c: 'data_centers', q: 'local=true', expect: ['Lab'] },
  { c: 'data_centers', q: 'compatibility_version=4.7', expect: ['Default', 'Edge'] },
  { c: 'data_centers', q: 'clusters.name=LabCluster', expect: ['Lab'] },
  { c: 'data_centers', q: 'storage.type=iscsi', expect: ['Default'] },
  { c: 'data_centers', q: 'network.vlanid=10', expect: ['Lab'] },
  { c: 'data_centers', q: 'comment=branch*', expect: ['Edge'] },
  { c: 'storage_domains', q: '', expect: ['data1', 'data2', 'export1', 'iso1', 'labdata'], ordered: true },
  { c: 'storage_domains', q: 'Storage: status=active', expect: ['data1', 'iso1'] },
  { c: 'storage_domains', q: 'status=unattached', expect: ['export1'] },
  { c: 'storage_domains', q: 'status=maintenance', expect: ['data2'] },
  { c: 'storage_domains', q: 'type=nfs', expect: ['data1', 'export1', 'iso1'] },
  { c: 'storage_domains', q: 'type=glusterfs', expect: ['labdata'] },
  { c: 'storage_domains', q: 'datacenter=Default', expect: ['data1', 'data2', 'iso1'] },
  { c: 'storage_domains', q: 'free_size<=100', expect: ['data2', 'iso1', 'labdata'] },
  { c: 'storage_domains', q: 'used_size>=300', expect: ['data1', 'data2'] },
  { c: 'storage_domains', q: 'total_size=1000', expect: ['data2'] },
  { c: 'storage_domains', q: 'committed>1000', expect: ['data2'] },
  { c: 'storage_domains', q: 'wipe_after_delete=true', expect: ['labdata'] },
  { c: 'storage_domains', q: 'hosts.name=labhost1', expect: ['labdata'] },
  { c: 'storage_domains', q: 'shared_status=unattached', expect: ['export1'] },
  { c: 'storage_domains', q: 'comment=old*', expect: ['export1'] },
  { c: 'storage_domains', q: 'id=sd-iso1', expect: ['iso1'] },
  { c: 'storage_domains', q: 'sortby free_size desc', expect: ['export1', 'data1', 'data2', 'iso1', 'labdata'], ordered: true },
  { c: 'disks', q: '', expect: ['db01_data', 'db02_data', 'fc_lun', 'lab_disk', 'orphan', 'shared_disk', 'web01_disk', 'web02_disk'], ordered: true },
  { c: 'disks', q: 'provisioned_size>100', expect: ['db01_data', 'db02_data'] },
  { c: 'disks', q: 'actual_size<5', expect: ['lab_disk', 'orphan'] },
  { c: 'disks', q: 'status=illegal', expect: ['orphan'] },
  { c: 'disks', q: 'status=locked', expect: ['db02_data'] },
  { c: 'disks', q: 'shareable=true', expect: ['shared_disk'] },
  { c: 'disks', q: 'number_of_vms=2', expect: ['shared_disk'] },
  { c: 'disks', q: 'number_of_vms=0', expect: ['fc_lun', 'orphan'] },
  { c: 'disks', q: 'vm_names=db*', expect: ['db01_data', 'db02_data', 'shared_disk'] },
  { c: 'disks', q: 'disk_type=lun', expect: ['fc_lun'] },
  { c: 'disks', q: 'disk_content_type=iso', expect: ['orphan'] },
  { c: 'disks', q: 'allocation_policy=preallocated', expect: ['db01_data', 'shared_disk'] },
  { c: 'disks', q: 'storage.name=data2', expect: ['db01_data', 'db02_data'] },
  { c: 'disks', q: 'datacenter.name=Lab', expect: ['lab_disk'] },
  { c: 'disks', q: 'quota=gold', expect: ['db01_data'] },
  { c: 'disks', q: 'wipe_after_delete=true', expect: ['lab_disk'] },
  { c: 'disks', q: 'name=web*', expect: ['web01_disk', 'web02_disk'] },
  { c: 'disks', q: 'alias=*_data', expect: ['db01_data', 'db02_data'] },
  { c: 'disks', q: 'quorum', expect: ['shared_disk'] },
  { c: 'disks', q: 'sortby provisioned_size desc', ordered: true,
    expect: ['db01_data', 'db02_data', 'fc_lun', 'lab_disk', 'web01_disk', 'web02_disk', 'shared_disk', 'orphan'] },
  { c: 'networks', q: '', expect: ['display', 'labnet', 'ovirtmgmt', 'storage-net'], ordered: true },
  { c: 'networks', q: 'vlanid=100', expect: ['storage-net'] },
  { c: 'networks', q: 'vlanid>50', expect: ['display', 'storage-net'] },
  { c: 'networks', q: 'mtu=9000', expect: ['storage-net'] },
  { c: 'networks', q: 'stp=true', expect: ['display'] },
  { c: 'networks', q: 'vmnetwork=true', expect: ['display', 'labnet', 'ovirtmgmt'] },
  { c: 'networks', q: 'vmnetwork=false', expect: ['storage-net'] },
  { c: 'networks', q: 'datacenter=Lab', expect: ['labnet'] },
  { c: 'networks', q: 'host_network.name=eth1', expect: ['storage-net'] },
  { c: 'networks', q: 'management', expect: ['ovirtmgmt'] },
  { c: 'vnic_profiles', q: 'network_name=ovirtmgmt', expect: ['ovirtmgmt'] },
  { c: 'vnic_profiles', q: 'port_mirroring=true', expect: ['display'] },
];

const peopleCases: Case[] = [
  { c: 'templates', q: '', expect: ['Blank', 'rhel9-base', 'ubuntu-lab', 'win2022'], ordered: true },
  { c: 'templates', q: 'status=locked', expect: ['win2022'] },
  { c: 'templates', q: 'status=OK', expect: ['Blank', 'rhel9-base'] },
  { c: 'templates', q: 'mem>=2048', expect: ['rhel9-base', 'win2022'] },
  { c: 'templates', q: 'childcount>=3', expect: ['Blank', 'rhel9-base'] },
  { c: 'templates', q: 'childcount=2', expect: ['ubuntu-lab', 'win2022'] },
  { c: 'templates', q: 'cluster=Production', expect: ['rhel9-base'] },
  { c: 'templates', q: 'datacenter=Lab', expect: ['ubuntu-lab'] },
  { c: 'templates', q: 'version_name=gold', expect: ['win2022'] },
  { c: 'templates', q: 'os=windows*', expect: ['win2022'] },
  { c: 'templates', q: 'vms.name=db*', expect: ['Blank'] },
  { c: 'templates', q: 'tag=web', expect: ['rhel9-base'] },
  { c: 'templates', q: 'creationdate>2026-01-01', expect: ['ubuntu-lab', 'win2022'] },
  { c: 'templates', q: 'hosts.name=node3', expect: ['Blank', 'win2022'] },
  { c: 'templates', q: 'architecture=ppc64', expect: ['ubuntu-lab'] },
  { c: 'templates', q: 'users.name=alice', expect: ['win2022'] },
  { c: 'users', q: '', expect: ['admin', 'Alice', 'Bob', 'Carol'], ordered: true },
  { c: 'users', q: 'department=Engineering', expect: ['Alice', 'Carol'] },
  { c: 'users', q: 'lastname=J*', expect: ['Bob'] },
  { c: 'users', q: 'usrname=*@example.com-authz', expect: ['Alice', 'Bob', 'Carol'] },
  { c: 'users', q: 'directory=internal-authz', expect: ['admin'] },
  { c: 'users', q: 'login=alice*', expect: ['Alice'] },
  { c: 'users', q: 'tag=web', expect: ['Alice'] },
  { c: 'users', q: 'vms.name=desktop-bob', expect: ['Bob'] },
  { c: 'users', q: 'hosts.name=node1', expect: ['Carol'] },
  { c: 'users', q: 'events.type=34', expect: ['Alice'] },
  { c: 'users', q: 'pool=desktop-pool', expect: ['Bob'] },
  { c: 'users', q: 'smith', expect: ['Alice'] },
  { c: 'users', q: 'sortby lastname desc', expect: ['Carol', 'Alice', 'Bob', 'admin'], ordered: true },
  { c: 'groups', q: '', expect: ['developers', 'Everyone', 'infra-admins'], ordered: true },
  { c: 'groups', q: 'name=*admins', expect: ['infra-admins'] },
  { c: 'groups', q: 'tag=web', expect: ['developers'] },
  { c: 'groups', q: 'directory=example.com*', expect: ['developers'] },
  { c: 'groups', q: 'name=EVERYONE', expect: ['Everyone'] },
  { c: 'groups', q: 'name=EVERYONE', expect: [], opts: cs },
  { c: 'vm_pools', q: '', expect: ['desktop-pool', 'lab-pool'], ordered: true },
  { c: 'vm_pools', q: 'Pools: type=automatic', expect: ['desktop-pool'] },
  { c: 'vm_pools', q: 'assigned_vm_count=2', expect: ['desktop-pool'] },
  { c: 'vm_pools', q: 'running_vm_count=1', expect: ['desktop-pool'] },
  { c: 'vm_pools', q: 'datacenter=Lab', expect: ['lab-pool'] },
  { c: 'vm_pools', q: 'description=office*', expect: ['desktop-pool'] },
  { c: 'jobs', q: '', expect: ['job-3', 'job-2', 'job-1'], ordered: true },
  { c: 'jobs', q: 'correlation_id=mig-1', expect: ['job-1'] },
  { c: 'jobs', q: 'status=failed', expect: ['job-3'] },
  { c: 'jobs', q: 'is_external=true', expect: ['job-3'] },
];

const ALL_EVENTS = ['e12', 'e11', 'e10', 'e9', 'e8', 'e7', 'e6', 'e5', 'e4', 'e3', 'e2', 'e1'];
const eventCases: Case[] = [
  { c: 'events', q: '', expect: ALL_EVENTS, ordered: true },
  { c: 'events', q: 'severity=error', expect: ['e10', 'e5'], ordered: true },
  { c: 'events', q: 'Events: severity>normal', expect: ['e11', 'e10', 'e7', 'e6', 'e5', 'e4'], ordered: true },
  { c: 'events', q: 'severity>=error', expect: ['e10', 'e7', 'e5'] },
  { c: 'events', q: 'severity<warning', expect: ['e12', 'e9', 'e8', 'e3', 'e2', 'e1'] },
  { c: 'events', q: 'severity=alert', expect: ['e7'] },
  { c: 'events', q: 'severity!=normal', expect: ['e11', 'e10', 'e7', 'e6', 'e5', 'e4'] },
  { c: 'events', q: 'type=32', expect: ['e3'] },
  { c: 'events', q: 'type!=32', expect: ALL_EVENTS.filter((e) => e !== 'e3') },
  { c: 'events', q: 'message=*paused*', expect: ['e10'] },
  { c: 'events', q: 'message=vm*', expect: ['e12', 'e10', 'e9', 'e4', 'e3'] },
  { c: 'events', q: 'time>Today', expect: ['e12', 'e11', 'e10', 'e9', 'e8', 'e7', 'e6'] },
  { c: 'events', q: 'time<Today', expect: ['e5', 'e4', 'e3', 'e2', 'e1'] },
  { c: 'events', q: 'time=Yesterday', expect: ['e5', 'e4', 'e3'] },
  { c: 'events', q: 'time>Yesterday', expect: ALL_EVENTS.slice(0, 10) },
  { c: 'events', q: 'time>"2026-03-15 10:30"', expect: ['e12', 'e11', 'e10'] },
  { c: 'events', q: 'time<2026-03-14', expect: ['e2', 'e1'] },
  { c: 'events', q: 'time>2026-03-15T11:15:00Z', expect: ['e12', 'e11'] },
  { c: 'events', q: 'time=2026-03-15T11:30:00Z', expect: ['e11'] },
  { c: 'events', q: 'time=2026-03-13', expect: ['e2', 'e1'] },
  { c: 'events', q: 'usrname=alice*', expect: ['e9'] },
  { c: 'events', q: 'event_host=node1', expect: ['e10', 'e3', 'e2'] },
  { c: 'events', q: 'event_vm=web*', expect: ['e10', 'e3'] },
  { c: 'events', q: 'event_template=rhel9-base', expect: ['e9'] },
  { c: 'events', q: 'event_storage=data2', expect: ['e6'] },
  { c: 'events', q: 'event_datacenter=Default', expect: ['e6'] },
  { c: 'events', q: 'correlation_id=mig-1', expect: ['e8'] },
  { c: 'events', q: 'origin=monitoring', expect: ['e11'] },
  { c: 'events', q: 'custom_event_id=77', expect: ['e11'] },
  { c: 'events', q: 'vms.name=web03', expect: ['e10'] },
  { c: 'events', q: 'host.status=maintenance', expect: ['e8', 'e7'] },
  { c: 'events', q: 'users.department=Sales', expect: ['e12'] },
  { c: 'events', q: 'clusters.name=Production', expect: ['e11', 'e3'] },
  { c: 'events', q: 'templates.name=rhel*', expect: ['e9'] },
  { c: 'events', q: 'node4', expect: ['e5'] },
  { c: 'events', q: 'sortby time asc', expect: [...ALL_EVENTS].reverse(), ordered: true },
  { c: 'events', q: 'severity>normal sortby time desc', expect: ['e11', 'e10', 'e7', 'e6', 'e5', 'e4'], ordered: true },
  { c: 'events', q: 'sortby severity desc', ordered: true,
    expect: ['e7', 'e10', 'e5', 'e11', 'e6', 'e4', 'e12', 'e9', 'e8', 'e3', 'e2', 'e1'] },
  { c: 'events', q: '', expect: ['e12', 'e11', 'e10'], ordered: true, opts: { from: 9 } },
  { c: 'events', q: 'severity=normal', expect: ['e12', 'e9'], ordered: true, opts: { from: '8' } },
  { c: 'events', q: '', expect: ['e12', 'e11', 'e10'], ordered: true, opts: { max: 3 } },
  { c: 'events', q: 'page 2', expect: ['e9', 'e8', 'e7'], ordered: true, opts: { max: 3 } },
];

const cases = [...vmCases, ...hostCases, ...infraCases, ...peopleCases, ...eventCases];

describe('runSearch over a fixed inventory', () => {
  it('has a large table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases.map((k) => [`${k.c} ${JSON.stringify(k.q)}${k.opts ? ' ' + JSON.stringify(k.opts) : ''}`, k] as const))('%s', (_name, k) => {
    const got = search(k.c, k.q, k.opts);
    if (k.ordered) expect(got).toEqual(k.expect);
    else expect([...got].sort()).toEqual([...k.expect].sort());
  });
});

interface Bad { c?: string; q: string; detail: RegExp; opts?: SearchOptions }

const malformed: Bad[] = [
  { q: 'foo=bar', detail: /unknown field 'foo' for Vms at position 1/ },
  { q: 'name=', detail: /expected a value after '=' at position 5/ },
  { q: 'status=migrating', detail: /unknown status value 'migrating' for Vms.*MigratingFrom/ },
  { c: 'hosts', q: 'status=non_responsive', detail: /unknown status value 'non_responsive' for Hosts.*NonResponsive/ },
  { c: 'data_centers', q: 'status=problematic', detail: /unknown status value 'problematic' for Datacenter/ },
  { q: 'name>web', detail: /operator '>' is not valid for field 'name' of Vms/ },
  { q: 'memory>lots', detail: /field 'memory' of Vms expects a number, got 'lots'/ },
  { q: 'uptime>abc', detail: /field 'uptime' of Vms expects a number/ },
  { q: 'and name=x', detail: /'and' at position 1 must stand between two conditions/ },
  { q: 'name=x and', detail: /expected a condition after 'and' at position 8/ },
  { q: 'name=x or or name=y', detail: /'or' at position 11 must stand between two conditions/ },
  { q: 'Hosts: name=x', detail: /search object 'Hosts' does not match the collection vms/ },
  { q: 'Bogus: name=x', detail: /unknown search object 'Bogus' at position 1/ },
  { q: '  Bogus : name=x', detail: /unknown search object 'Bogus' at position 3/ },
  { q: ': name=x', detail: /expected a search object/ },
  { q: 'name=x sortby', detail: /expected a field name after 'sortby'/ },
  { q: 'sortby nosuch', detail: /unknown sort field 'nosuch' for Vms/ },
  { q: 'page', detail: /expected a page number after 'page'/ },
  { q: 'page two', detail: /page expects a positive whole number, got 'two'/ },
  { q: 'page 0', detail: /page expects a positive whole number, got '0'/ },
  { q: 'name=x page 2 sortby name', detail: /unexpected 'sortby' at position 15 after 'page'/ },
  { q: "name='x'", detail: /invalid character ' at position 6/ },
  { q: 'name=x;drop', detail: /invalid character ; at position 7/ },
  { q: 'name="web', detail: /unterminated double quote at position 6/ },
  { q: 'bogus.name=x', detail: /Vms cannot be searched through 'bogus'.*host, template/ },
  { q: 'host.bogus=x', detail: /unknown field 'bogus' for Hosts in 'host.bogus'/ },
  { q: 'host.=x', detail: /expected a field name after 'host.'/ },
  { q: 'name', detail: /expected an operator .* after field 'name'/ },
  { q: 'host', detail: /expected '\.' and a field, or an operator, after 'host'/ },
  { q: '=web', detail: /expected a field name or a value before '='/ },
  { q: 'name!web', detail: /'!' at position 5 must be followed by '='/ },
  { q: 'host>node1', detail: /operator '>' is not valid after 'host'/ },
  { q: 'creationdate=2026-01-01', detail: /operator '=' is not valid for field 'creationdate' of Vms.*use < or >/ },
  { q: 'hosts.cpus=many', detail: /field 'cpus' of Hosts expects a number, got 'many'/ },
  { q: 'next_run_config_exists=yes please', detail: /expects true or false, got 'yes'/ },
  { c: 'events', q: 'time>someday', detail: /field 'time' of Events expects a date/ },
  { c: 'events', q: 'severity>important', detail: /unknown severity value 'important' for Events/ },
  { c: 'events', q: '', opts: { from: 'abc' }, detail: /'from' must be an event index/ },
  { c: 'networks', q: 'stp=maybe', detail: /field 'stp' of Networks expects true or false, got 'maybe'/ },
  { c: 'bogus_collection', q: '', detail: /search is not supported on bogus_collection/ },
];

describe('malformed queries', () => {
  it('has at least 20', () => expect(malformed.length).toBeGreaterThanOrEqual(20));

  it.each(malformed.map((b) => [`${b.c ?? 'vms'} ${JSON.stringify(b.q)}`, b] as const))('%s is refused', (_name, b) => {
    let error: unknown;
    try {
      search(b.c ?? 'vms', b.q, b.opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SearchError);
    const se = error as SearchError;
    expect(se.status).toBe(400);
    expect(se.detail).toMatch(b.detail);
  });
});

describe('search documents handed in', () => {
  it('filters the given candidates instead of the whole collection', () => {
    const inv = buildInventory();
    const some = inv.docs.vms.filter((v) => v.cluster && (v.cluster as { id: string }).id === 'cl-prod');
    const got = runSearch('vms', 'status=up', { docs: some, now: NOW }, inventoryContext(inv)).items.map((d) => d.name);
    expect(got).toEqual(['db01', 'HPC-node', 'web01', 'web02']);
  });

  it('sees changes to the inventory on the next search', () => {
    const inv = buildInventory();
    const c = inventoryContext(inv);
    expect(runSearch('vms', 'status=up', {}, c).items).toHaveLength(5);
    (inv.docs.vms.find((v) => v.name === 'web01') as Doc).status = 'down';
    expect(runSearch('vms', 'status=up', {}, c).items.map((d) => d.name)).not.toContain('web01');
  });
});
