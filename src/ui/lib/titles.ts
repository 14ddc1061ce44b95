// Human titles for the engine's collection rels and element kinds, worded as the
// Administration Portal words them, so administrators find what they know.

const COLLECTION_TITLES: Record<string, string> = {
  vms: 'Virtual machines',
  templates: 'Templates',
  vmpools: 'Pools',
  hosts: 'Hosts',
  clusters: 'Clusters',
  datacenters: 'Data centers',
  instancetypes: 'Instance types',
  affinitylabels: 'Affinity labels',
  affinitygroups: 'Affinity groups',
  cpuprofiles: 'CPU profiles',
  networks: 'Networks',
  vnicprofiles: 'vNIC profiles',
  macpools: 'MAC address pools',
  networkfilters: 'Network filters',
  openstacknetworkproviders: 'OpenStack network providers',
  storagedomains: 'Storage domains',
  disks: 'Disks',
  storageconnections: 'Storage connections',
  diskprofiles: 'Disk profiles',
  imagetransfers: 'Image transfers',
  openstackimageproviders: 'OpenStack image providers',
  openstackvolumeproviders: 'OpenStack volume providers',
  users: 'Users',
  groups: 'Groups',
  roles: 'Roles',
  permissions: 'Permissions',
  domains: 'Domains',
  tags: 'Tags',
  bookmarks: 'Bookmarks',
  clusterlevels: 'Cluster levels',
  operatingsystems: 'Operating systems',
  schedulingpolicies: 'Scheduling policies',
  schedulingpolicyunits: 'Scheduling policy units',
  jobs: 'Jobs',
  events: 'Events',
  icons: 'Icons',
  externalhostproviders: 'External host providers',
  katelloerrata: 'Errata',
  externalvmimports: 'External VM imports',
  externaltemplateimports: 'External template imports',
  // sub-collections
  nics: 'Network interfaces',
  diskattachments: 'Disks',
  snapshots: 'Snapshots',
  statistics: 'Statistics',
  cdroms: 'CD-ROMs',
  graphicsconsoles: 'Graphics consoles',
  reporteddevices: 'Reported devices',
  sessions: 'Sessions',
  applications: 'Applications',
  watchdogs: 'Watchdogs',
  hostdevices: 'Host devices',
  numanodes: 'NUMA nodes',
  networkattachments: 'Network attachments',
  networklabels: 'Network labels',
  fenceagents: 'Fence agents',
  storage: 'Storage',
  devices: 'Devices',
  hooks: 'Hooks',
  qoss: 'QoS',
  quotas: 'Quotas',
  iscsibonds: 'iSCSI multipathing',
  glustervolumes: 'Gluster volumes',
  glusterhooks: 'Gluster hooks',
  enabledfeatures: 'Enabled features',
  clusterfeatures: 'Cluster features',
  permits: 'Permits',
  steps: 'Steps',
  disksnapshots: 'Disk snapshots',
  files: 'Files',
  images: 'Images',
  sshpublickeys: 'SSH public keys',
  eventsubscriptions: 'Event subscriptions',
  options: 'Options',
  backups: 'Backups',
  checkpoints: 'Checkpoints',
  mediateddevices: 'Mediated devices',
  unmanagednetworks: 'Unmanaged networks',
  storageconnectionextensions: 'Storage connection extensions',
};

/** Title of a collection rel (`vms` → "Virtual machines"); unknown rels are humanised. */
export function collectionTitle(rel: string): string {
  return COLLECTION_TITLES[rel] ?? humanize(rel);
}

/** Title of an element kind (`data_center` → "Data center"). */
export function kindTitle(kind: string): string {
  const special: Record<string, string> = { vm: 'Virtual machine', vm_pool: 'Pool', nic: 'Network interface', host_nic: 'Network interface', cdrom: 'CD-ROM', mac_pool: 'MAC address pool', vnic_profile: 'vNIC profile' };
  return special[kind] ?? humanize(kind);
}

/** `powering_up` → "Powering up", `cpu_profile` → "Cpu profile". */
export function humanize(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  if (!words) return name;
  const parts = words.split(' ');
  const fixed = parts.map((w) => ACRONYMS[w] ?? w).join(' ');
  // An acronym keeps its own case (`iscsi` → "iSCSI", not "ISCSI").
  return ACRONYMS[parts[0]] ? fixed : fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

const ACRONYMS: Record<string, string> = {
  vm: 'VM', vms: 'VMs', cpu: 'CPU', cpus: 'CPUs', id: 'ID', ip: 'IP', mac: 'MAC', mtu: 'MTU', vlan: 'VLAN', os: 'OS', spm: 'SPM',
  numa: 'NUMA', usb: 'USB', fqdn: 'FQDN', ha: 'HA', ksm: 'KSM', vnic: 'vNIC', qos: 'QoS', iscsi: 'iSCSI', nfs: 'NFS', lun: 'LUN', url: 'URL', ssh: 'SSH', iso: 'ISO', fcp: 'FCP', ovf: 'OVF', spice: 'SPICE', vnc: 'VNC', ide: 'IDE', sata: 'SATA', tpm: 'TPM', api: 'API', dns: 'DNS', ipv4: 'IPv4', ipv6: 'IPv6',
};
