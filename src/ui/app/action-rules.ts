// Which actions make sense in which status. The engine lists every action of a type whatever
// the state (api-reference §8: action links are static), so the buttons are enabled from the
// resource's status using the engine's own "status → commands accepted" matrix. The client
// core has no `isActionEnabled` yet; this adapter stands in until it does. Unknown kinds and
// actions stay enabled: the engine still answers with a fault if it refuses.

type Rules = Record<string, (status: string) => boolean>;

const oneOf = (...ok: string[]) => (s: string) => ok.includes(s);
const noneOf = (...bad: string[]) => (s: string) => !bad.includes(s);

const VM: Rules = {
  start: oneOf('down', 'suspended', 'paused'),
  stop: noneOf('down', 'saving_state', 'restoring_state', 'image_locked', 'unknown', 'unassigned'),
  shutdown: noneOf('down', 'saving_state', 'restoring_state', 'image_locked', 'unknown', 'unassigned', 'suspended'),
  suspend: oneOf('up'),
  reboot: oneOf('up', 'powering_up'),
  reset: oneOf('up', 'powering_up'),
  migrate: oneOf('up', 'powering_up', 'reboot_in_progress', 'paused'),
  cancelmigration: oneOf('migrating'),
  export: oneOf('down'),
  clone: oneOf('down'),
  detach: oneOf('down'),
};

const HOST: Rules = {
  activate: oneOf('maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'),
  deactivate: oneOf('up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'),
  approve: oneOf('pending_approval'),
  install: oneOf('maintenance', 'install_failed', 'non_operational'),
  upgrade: oneOf('maintenance', 'up'),
};

const STORAGE_DOMAIN: Rules = {
  activate: oneOf('inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'),
  deactivate: oneOf('active', 'inactive', 'activating'),
};

const RULES: Record<string, Rules> = { vm: VM, host: HOST, storage_domain: STORAGE_DOMAIN };

export function isActionEnabled(kind: string, action: string, status: string | undefined): boolean {
  const rule = RULES[kind]?.[action.replace(/_/g, '')];
  if (!rule || !status) return true;
  return rule(status.toLowerCase());
}

/** Actions the Administration Portal shows as toolbar buttons, in its order; the rest go into
 * the overflow menu. */
const PRIMARY: Record<string, string[]> = {
  vm: ['start', 'suspend', 'shutdown', 'stop', 'reboot', 'migrate', 'cancelmigration'],
  host: ['deactivate', 'activate', 'refresh'],
  storage_domain: ['activate', 'deactivate'],
  job: ['end', 'clear'],
};

export function splitActions(kind: string, names: string[]): { primary: string[]; more: string[] } {
  const wanted = PRIMARY[kind] ?? names.slice(0, 3);
  const primary = wanted.filter((n) => names.includes(n));
  return { primary, more: names.filter((n) => !primary.includes(n)).sort() };
}

const LABELS: Record<string, string> = {
  start: 'Run',
  stop: 'Power off',
  shutdown: 'Shutdown',
  deactivate: 'Maintenance',
  cancelmigration: 'Cancel migration',
  previewsnapshot: 'Preview snapshot',
  commitsnapshot: 'Commit snapshot',
  undosnapshot: 'Undo snapshot',
  freezefilesystems: 'Freeze file systems',
  thawfilesystems: 'Thaw file systems',
  reordermacaddresses: 'Reorder MAC addresses',
  autopincpuandnumanodes: 'Auto-pin CPU and NUMA nodes',
  iscsidiscover: 'iSCSI discover',
  iscsilogin: 'iSCSI login',
  forceselectspm: 'Select as SPM',
  setupnetworks: 'Setup networks',
  commitnetconfig: 'Commit network configuration',
  syncallnetworks: 'Sync all networks',
  copyhostnetworks: 'Copy host networks',
  enrollcertificate: 'Enroll certificate',
  upgradecheck: 'Check for upgrade',
  unregisteredstoragedomainsdiscover: 'Discover unregistered storage domains',
  updateovfstore: 'Update OVF store',
  refreshluns: 'Refresh LUNs',
  reduceluns: 'Reduce LUNs',
  isattached: 'Is attached',
  setmaster: 'Set master',
  cleanfinishedtasks: 'Clean finished tasks',
  resetemulatedmachine: 'Reset emulated machine',
  allocatevm: 'Allocate VM',
};

/** Button label for an action name. */
export function actionLabel(kind: string, name: string): string {
  if (kind !== 'host' && name === 'deactivate') return 'Deactivate';
  const label = LABELS[name];
  if (label) return label;
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
