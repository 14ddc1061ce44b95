// Which actions make sense in which status (api-reference §8). The engine's action links
// are static per type, so buttons are enabled from the object's status instead.

/** Canonical action key: lower case, no underscores; `delete` = `remove`. */
export function actionKey(action: string): string {
  const k = action.toLowerCase().replace(/[_-]/g, '');
  return k === 'delete' ? 'remove' : k;
}

/** Status in v4 form: `MigratingFrom`/`migrating_to` → `migrating`, 0.9 `powered_down` → `down`. */
export function canonicalStatus(status: string): string {
  const s = status.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (s === 'migrating_from' || s === 'migrating_to') return 'migrating';
  if (s === 'powered_down') return 'down';
  return s;
}

type Rule = { in: string[] } | { notIn: string[] };

const VM_NOT_RUNNING = ['down', 'saving_state', 'restoring_state', 'image_locked', 'unknown', 'unassigned'];

const RULES: Record<string, Record<string, Rule>> = {
  vm: {
    start: { in: ['down', 'suspended', 'paused'] },
    stop: { notIn: VM_NOT_RUNNING },
    shutdown: { notIn: VM_NOT_RUNNING },
    suspend: { in: ['up'] },
    reboot: { in: ['up', 'powering_up'] },
    reset: { in: ['up', 'powering_up'] },
    migrate: { in: ['up', 'powering_up', 'reboot_in_progress', 'paused'] },
    cancelmigration: { in: ['migrating'] },
    remove: { in: ['down'] },
    export: { in: ['down'] },
    maketemplate: { in: ['down'] },
    clone: { in: ['down'] },
    addsnapshot: { notIn: ['migrating', 'suspended', 'image_locked', 'not_responding', 'unknown', 'unassigned'] },
    ticket: { in: ['up', 'powering_up', 'powering_down', 'paused', 'reboot_in_progress', 'migrating'] },
  },
  host: {
    activate: { in: ['maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'] },
    deactivate: { in: ['up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'] },
    remove: { in: ['maintenance', 'down', 'install_failed', 'pending_approval'] },
    approve: { in: ['pending_approval'] },
    install: { in: ['maintenance', 'install_failed', 'non_operational'] },
  },
  storage_domain: {
    activate: { in: ['inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'] },
    deactivate: { in: ['active', 'inactive', 'activating'] },
    detach: { in: ['maintenance'] },
    remove: { in: ['maintenance', 'unattached'] },
  },
};
RULES.attached_storage_domain = RULES.storage_domain;

/** Whether `action` is accepted for an object of `kind` in `status`. Unknown kinds, actions
 * and statuses are allowed (the engine will answer with a fault if it disagrees). */
export function isActionEnabled(kind: string, status: string | undefined, action: string): boolean {
  const rules = RULES[kind];
  if (!rules || !status) return true;
  const st = canonicalStatus(status);
  const key = actionKey(action);
  // any change to a VM whose disks are being created is refused
  if (kind === 'vm' && st === 'image_locked') return false;
  const rule = rules[key];
  if (!rule) return true;
  return 'in' in rule ? rule.in.includes(st) : !rule.notIn.includes(st);
}
