// How actions are presented, on detail pages and in bulk on lists: which ones the
// Administration Portal puts on its toolbar (the rest go to an overflow menu) and the labels
// admins know them by. Whether an action is enabled in a status is the client core's
// business (src/api/actions.ts `isActionEnabled`, the §8 tables) — not repeated here.
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
