// Sub-collection tabs in the order the Administration Portal shows its sub-tabs (most used
// first), so the common ones are visible before the overflow; the rest follow alphabetically.
const FIRST = [
  'nics', 'diskattachments', 'disks', 'snapshots', 'vms', 'hosts', 'clusters', 'networks', 'storagedomains', 'templates',
  'vnicprofiles', 'networkattachments', 'applications', 'hostdevices', 'reporteddevices', 'affinitygroups', 'affinitylabels',
  'cdroms', 'graphicsconsoles', 'sessions', 'permissions', 'tags', 'statistics',
];

export function orderTabs(rels: string[]): string[] {
  const rank = (r: string) => {
    const i = FIRST.indexOf(r);
    return i < 0 ? FIRST.length : i;
  };
  return [...rels].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
