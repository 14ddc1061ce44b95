// What the engine's search language knows (api-reference §6, from the engine's search
// backend): objects, their fields with kinds, cross-object prefixes and enum values under
// the engine's internal names.

export type FieldKind = 'text' | 'enum' | 'number' | 'date' | 'bool';

export interface FieldDef {
  name: string;
  kind: FieldKind;
  /** Enum values as the engine names them (`MigratingFrom`); matched ignoring case. */
  values?: readonly string[];
  /** Ordered enums (event severity) also accept < > <= >=. */
  ordered?: boolean;
}

export interface ObjectDef {
  /** Canonical name, as the REST layer prefixes it (`Vms`, `Hosts`, `Datacenter`). */
  name: string;
  /** Spellings accepted before the colon, lower case. */
  aliases: readonly string[];
  fields: readonly FieldDef[];
  /** Cross-object prefixes (lower case) → target object name. */
  crossRefs: Readonly<Record<string, string>>;
  /** Entry-point collection rel served by this object, where there is one. */
  collection?: string;
  defaultSort: string;
}

export const VM_STATUS = ['Up', 'Down', 'PoweringUp', 'PoweringDown', 'Paused', 'MigratingFrom', 'MigratingTo', 'WaitForLaunch', 'RebootInProgress', 'SavingState', 'RestoringState', 'Suspended', 'ImageLocked', 'NotResponding', 'Unknown', 'Unassigned'] as const;
export const HOST_STATUS = ['Up', 'Down', 'Maintenance', 'NonResponsive', 'NonOperational', 'Installing', 'InstallFailed', 'Reboot', 'PreparingForMaintenance', 'PendingApproval', 'Initializing', 'Connecting', 'InstallingOS', 'Kdumping', 'Error', 'Unassigned'] as const;
export const DC_STATUS = ['Uninitialized', 'Up', 'Maintenance', 'NotOperational', 'NonResponsive', 'Contend'] as const;
export const STORAGE_STATUS = ['Active', 'Inactive', 'Locked', 'Unattached', 'Maintenance', 'PreparingForMaintenance', 'Detaching', 'Activating', 'Unknown', 'Uninitialized'] as const;
export const SEVERITY = ['normal', 'warning', 'error', 'alert'] as const;
/** Engine ordinals of the severities (AuditLogSeverity). */
export const SEVERITY_ORDINAL: Record<string, number> = { normal: 0, warning: 1, error: 2, alert: 10 };
const EXTERNAL_STATUS = ['Ok', 'Info', 'Warning', 'Error', 'Failure'];
const ARCHITECTURE = ['undefined', 'x86_64', 'ppc64', 's390x', 'aarch64', 'loongarch64'];
const TEMPLATE_STATUS = ['OK', 'Locked', 'Illegal'];
const DISK_STATUS = ['OK', 'Locked', 'Illegal'];

const t = (name: string): FieldDef => ({ name, kind: 'text' });
const n = (name: string): FieldDef => ({ name, kind: 'number' });
const d = (name: string): FieldDef => ({ name, kind: 'date' });
const b = (name: string): FieldDef => ({ name, kind: 'bool' });
const e = (name: string, values: readonly string[], ordered = false): FieldDef => ({ name, kind: 'enum', values, ...(ordered ? { ordered } : {}) });

export const OBJECTS: readonly ObjectDef[] = [
  {
    name: 'Vms', aliases: ['vm', 'vms'], collection: 'vms', defaultSort: 'name',
    fields: [t('name'), t('comment'), t('description'), e('status', VM_STATUS), t('ip'), t('fqdn'), t('on_host'), t('address'), t('os'),
      e('type', ['Desktop', 'Server', 'HighPerformance']), t('cluster'), t('datacenter'), t('pool'), t('tag'), t('quota'), t('loggedinuser'), t('apps'),
      n('uptime'), d('creationdate'), n('cpu_usage'), n('mem_usage'), n('network_usage'), n('migration_progress_percent'), n('memory'),
      n('guaranteed_memory'), n('vcpus'), t('id'), e('architecture', ARCHITECTURE), t('compatibility_level'), b('next_run_config_exists'),
      b('has_illegal_images'), e('bios_type', ['ClusterDefault', 'I440fxSeaBios', 'Q35SeaBios', 'Q35Ovmf', 'Q35SecureBoot']), t('custom_emulated_machine'),
      t('custom_cpu_type')],
    crossRefs: { host: 'Hosts', hosts: 'Hosts', template: 'Templates', templates: 'Templates', events: 'Events', users: 'Users', storage: 'Storage', vnic: 'VnicProfile' },
  },
  {
    name: 'Hosts', aliases: ['host', 'hosts'], collection: 'hosts', defaultSort: 'name',
    fields: [t('name'), t('comment'), e('status', HOST_STATUS), e('external_status', EXTERNAL_STATUS), t('cluster'), t('datacenter'), t('address'),
      n('cpu_usage'), n('mem_usage'), n('network_usage'), n('load'), t('version'), n('cpus'), n('memory'), n('cpu_speed'), t('cpu_model'),
      n('active_vms'), n('migrating_vms'), n('committed_mem'), t('tag'), e('type', ['rhel', 'ovirt_node', 'rhev_h']), e('architecture', ARCHITECTURE),
      b('update_available'), n('ha_score'), n('spm_id'), t('id'), t('hw_id')],
    crossRefs: { vm: 'Vms', vms: 'Vms', templates: 'Templates', events: 'Events', users: 'Users', storage: 'Storage', nic: 'HostNic' },
  },
  {
    name: 'Clusters', aliases: ['cluster', 'clusters'], collection: 'clusters', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), e('architecture', ARCHITECTURE), t('compatibility_level'), t('cpu_type')],
    crossRefs: { datacenter: 'Datacenter', storage: 'Storage', cluster_network: 'Networks' },
  },
  {
    name: 'Datacenter', aliases: ['datacenter', 'datacenters'], collection: 'datacenters', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), b('local'), e('status', DC_STATUS), t('compatibility_version')],
    crossRefs: { clusters: 'Clusters', storage: 'Storage', network: 'Networks' },
  },
  {
    name: 'Storage', aliases: ['storage', 'storages'], collection: 'storagedomains', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), e('status', STORAGE_STATUS), e('shared_status', ['Unattached', 'Active', 'Inactive', 'Mixed', 'Locked']),
      e('external_status', EXTERNAL_STATUS), t('datacenter'), e('type', ['NFS', 'FCP', 'ISCSI', 'LOCALFS', 'POSIXFS', 'GLUSTERFS', 'CINDER', 'MANAGED_BLOCK_STORAGE']),
      n('free_size'), n('used_size'), n('total_size'), n('committed'), b('wipe_after_delete'), b('discard_after_delete'), b('backup'),
      n('warning_low_space_indicator'), n('critical_space_action_blocker'), t('id')],
    crossRefs: { hosts: 'Hosts', clusters: 'Clusters' },
  },
  {
    name: 'Events', aliases: ['event', 'events'], collection: 'events', defaultSort: 'time',
    fields: [n('type'), e('severity', SEVERITY, true), t('message'), d('time'), t('usrname'), t('event_host'), t('event_vm'), t('event_template'),
      t('event_storage'), t('event_datacenter'), t('event_volume'), t('correlation_id'), t('origin'), n('custom_event_id'), b('deleted'), t('usrid')],
    crossRefs: { vms: 'Vms', host: 'Hosts', templates: 'Templates', users: 'Users', clusters: 'Clusters', volume: 'Volumes', quota: 'Quota' },
  },
  {
    name: 'Templates', aliases: ['template', 'templates'], collection: 'templates', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), t('os'), d('creationdate'), n('childcount'), n('mem'), e('status', TEMPLATE_STATUS), t('cluster'),
      t('datacenter'), e('architecture', ARCHITECTURE), t('version_name'), t('tag'), t('id')],
    crossRefs: { vms: 'Vms', hosts: 'Hosts', events: 'Events', users: 'Users', storage: 'Storage', vnic: 'VnicProfile' },
  },
  {
    name: 'Instancetypes', aliases: ['instancetype', 'instancetypes'], collection: 'instancetypes', defaultSort: 'name',
    fields: [t('name'), t('description'), d('creationdate'), n('mem'), t('id')],
    crossRefs: {},
  },
  {
    name: 'Users', aliases: ['user', 'users'], collection: 'users', defaultSort: 'name',
    fields: [t('name'), t('lastname'), t('usrname'), t('login'), t('directory'), t('department'), t('tag'), t('pool'), t('id')],
    crossRefs: { vms: 'Vms', hosts: 'Hosts', templates: 'Templates', events: 'Events' },
  },
  { name: 'Groups', aliases: ['group', 'groups'], collection: 'groups', defaultSort: 'name', fields: [t('name'), t('directory'), t('id')], crossRefs: {} },
  {
    name: 'Pools', aliases: ['pool', 'pools'], collection: 'vmpools', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), e('type', ['Automatic', 'Manual']), t('cluster'), t('datacenter'), n('assigned_vm_count'), n('running_vm_count')],
    crossRefs: {},
  },
  {
    name: 'Disks', aliases: ['disk', 'disks'], collection: 'disks', defaultSort: 'name',
    fields: [t('alias'), t('name'), t('description'), n('provisioned_size'), n('size'), n('actual_size'), d('creation_date'), b('shareable'),
      e('status', DISK_STATUS), e('disk_type', ['Image', 'Lun', 'Cinder', 'Managed_Block_Storage']),
      e('disk_content_type', ['Data', 'Ovf_Store', 'Memory_Dump_Volume', 'Memory_Metadata_Volume', 'Iso', 'Hosted_Engine', 'Hosted_Engine_Sanlock', 'Hosted_Engine_Metadata', 'Hosted_Engine_Configuration', 'Backup_Scratch']),
      t('allocation_policy'), n('number_of_vms'), t('vm_names'), t('quota'), t('id'), b('wipe_after_delete')],
    crossRefs: { storage: 'Storage', datacenter: 'Datacenter' },
  },
  {
    name: 'Networks', aliases: ['network', 'networks'], collection: 'networks', defaultSort: 'name',
    fields: [t('name'), t('description'), t('comment'), n('vlanid'), b('stp'), n('mtu'), b('vmnetwork'), t('datacenter'), t('label'), t('id')],
    crossRefs: { cluster_network: 'Networks', host_network: 'HostNic', provider: 'Provider' },
  },
  { name: 'Volumes', aliases: ['volume', 'volumes'], defaultSort: 'name', fields: [t('name'), t('cluster'), e('type', ['Distribute', 'Replicate', 'Distributed_Replicate', 'Stripe', 'Distributed_Stripe']), e('status', ['Up', 'Down'])], crossRefs: {} },
  { name: 'Quota', aliases: ['quota', 'quotas'], defaultSort: 'name', fields: [t('name'), t('description'), t('storagepoolname'), n('threshold_cluster'), n('threshold_storage')], crossRefs: {} },
  { name: 'Provider', aliases: ['provider', 'providers'], defaultSort: 'name', fields: [t('name'), t('description'), t('type'), t('url')], crossRefs: {} },
  { name: 'Session', aliases: ['session', 'sessions'], defaultSort: 'name', fields: [t('user_name'), t('session_id'), t('source_ip'), d('session_start_time'), d('session_last_active_time')], crossRefs: {} },
  { name: 'Jobs', aliases: ['job', 'jobs'], collection: 'jobs', defaultSort: 'start_time', fields: [t('correlation_id'), t('action_type'), t('description'), e('status', ['STARTED', 'FINISHED', 'FAILED', 'ABORTED', 'UNKNOWN']), d('start_time'), d('end_time'), b('is_external')], crossRefs: {} },
  { name: 'VnicProfile', aliases: ['vnicprofile', 'vnicprofiles'], defaultSort: 'name', fields: [t('name'), t('description'), t('network_name'), b('port_mirroring')], crossRefs: {} },
  // targets of cross-object prefixes only
  { name: 'HostNic', aliases: [], defaultSort: 'name', fields: [t('name'), t('network_name'), t('address'), t('mac_address'), n('vlanid'), e('boot_protocol', ['None', 'Dhcp', 'Static'])], crossRefs: {} },
];

const BY_ALIAS = new Map<string, ObjectDef>();
const BY_NAME = new Map<string, ObjectDef>();
for (const o of OBJECTS) {
  BY_NAME.set(o.name.toLowerCase(), o);
  for (const a of o.aliases) BY_ALIAS.set(a, o);
}

/** The object a query prefix names (`vms`, `VM`, `Datacenter`), case-insensitive. */
export function objectByAlias(word: string): ObjectDef | undefined {
  return BY_ALIAS.get(word.toLowerCase());
}

export function objectByName(name: string): ObjectDef | undefined {
  return BY_NAME.get(name.toLowerCase()) ?? BY_ALIAS.get(name.toLowerCase());
}

/** The object searched through an entry-point collection rel (`storagedomains` → Storage). */
export function objectForCollection(rel: string): ObjectDef | undefined {
  return OBJECTS.find((o) => o.collection === rel.toLowerCase());
}

export function fieldOf(obj: ObjectDef, name: string): FieldDef | undefined {
  const l = name.toLowerCase();
  return obj.fields.find((f) => f.name === l);
}

export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=';

/** Operators a field accepts. */
export function operatorsFor(f: FieldDef): Operator[] {
  switch (f.kind) {
    case 'number':
      return ['=', '!=', '<', '>', '<=', '>='];
    case 'date':
      return ['=', '<', '>'];
    case 'enum':
      return f.ordered ? ['=', '!=', '<', '>', '<=', '>='] : ['=', '!='];
    default:
      return ['=', '!='];
  }
}

/** `MigratingFrom` → `migrating`, `PoweringUp` → `powering_up`: the v4 status an engine enum name stands for. */
export function v4EnumValue(internal: string): string {
  const snake = internal.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (snake === 'migrating_from' || snake === 'migrating_to') return 'migrating';
  return snake;
}
