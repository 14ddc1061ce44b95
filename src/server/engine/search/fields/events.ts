/** Events, the audit log (engine AuditLogConditionFieldAutoCompleter). */
import { num, refId, str, type Doc, type Lookups } from '../context.ts';
import type { ObjectDef } from '../types.ts';
import { bool, date, enumOf, number, own, text } from './kinds.ts';
import { one } from './relations.ts';

/** Ranked so `severity>normal` works: NORMAL 0, WARNING 1, ERROR 2, ALERT 10. */
export const SEVERITY: Array<[string, string[]]> = [
  ['NORMAL', ['normal']],
  ['WARNING', ['warning']],
  ['ERROR', ['error']],
  ['ALERT', ['alert']],
];

const refName = (collection: string, key: string) => (e: Doc, L: Lookups) => L.name(collection, e[key]);
const userName = (e: Doc, L: Lookups) => {
  const u = L.get('users', e.user);
  return u ? str(u.user_name) ?? str(u.name) : str((e.user as { name?: unknown } | undefined)?.name);
};
const refIdText = (key: string) => (e: Doc) => refId(e[key]);

export const eventsObject: ObjectDef = {
  display: 'Events',
  collection: 'events',
  fields: {
    type: number((e) => num(e.code), { ops: ['=', '!='] }),
    severity: enumOf(SEVERITY, (e) => str(e.severity), { ordinal: true, ops: ['=', '!=', '<', '>', '<=', '>='] }),
    message: text(own('description')),
    time: date((e) => e.time, { ops: ['=', '<', '>'] }),
    usrname: text(userName),
    event_host: text(refName('hosts', 'host')),
    event_vm: text(refName('vms', 'vm')),
    event_template: text(refName('templates', 'template')),
    event_storage: text(refName('storage_domains', 'storage_domain')),
    event_datacenter: text(refName('data_centers', 'data_center')),
    event_volume: text(() => undefined),
    correlation_id: text(own('correlation_id')),
    origin: text(own('origin')),
    custom_event_id: number((e) => num(e.custom_id), { ops: ['=', '!='] }),
    deleted: bool((e) => e.deleted === true),
    usrid: text(refIdText('user')),
    _event_vm_id: text(refIdText('vm')),
    _event_template_id: text(refIdText('template')),
    _event_storage_id: text(refIdText('storage_domain')),
    _event_host_id: text(refIdText('host')),
    _event_datacenter_id: text(refIdText('data_center')),
    _event_quota_id: text(refIdText('quota')),
  },
  sortOnly: { index: number((e) => num(e.index) ?? num(e.id)) },
  defaultSort: { field: 'index', desc: true },
  crossRefs: {
    vm: { object: 'vms', related: (e, L) => one(L.get('vms', e.vm)) },
    host: { object: 'hosts', related: (e, L) => one(L.get('hosts', e.host)) },
    template: { object: 'templates', related: (e, L) => one(L.get('templates', e.template)) },
    user: { object: 'users', related: (e, L) => one(L.get('users', e.user)) },
    cluster: { object: 'clusters', related: (e, L) => one(L.get('clusters', e.cluster)) },
  },
};
