/** Events, the audit log (engine AuditLogConditionFieldAutoCompleter). */
import { num, refId, str, type Doc, type Lookups } from '../context.ts';
import type { ObjectReaders } from '../types.ts';
import { own } from './kinds.ts';
import { one } from './relations.ts';

const refName = (collection: string, key: string) => (e: Doc, L: Lookups) => L.name(collection, e[key]);
const userName = (e: Doc, L: Lookups) => {
  const u = L.get('users', e.user);
  return u ? str(u.user_name) ?? str(u.name) : str((e.user as { name?: unknown } | undefined)?.name);
};
const refIdText = (key: string) => (e: Doc) => refId(e[key]);

export const eventsReaders: ObjectReaders = {
  fields: {
    type: (e) => num(e.code),
    severity: (e) => str(e.severity),
    message: own('description'),
    time: (e) => e.time,
    usrname: userName,
    event_host: refName('hosts', 'host'),
    event_vm: refName('vms', 'vm'),
    event_template: refName('templates', 'template'),
    event_storage: refName('storage_domains', 'storage_domain'),
    event_datacenter: refName('data_centers', 'data_center'),
    event_volume: () => undefined,
    correlation_id: own('correlation_id'),
    origin: own('origin'),
    custom_event_id: (e) => num(e.custom_id),
    deleted: (e) => e.deleted === true,
    usrid: refIdText('user'),
    _event_vm_id: refIdText('vm'),
    _event_template_id: refIdText('template'),
    _event_storage_id: refIdText('storage_domain'),
    _event_host_id: refIdText('host'),
    _event_datacenter_id: refIdText('data_center'),
    _event_quota_id: refIdText('quota'),
  },
  sortOnly: { index: (e) => num(e.index) ?? num(e.id) },
  related: {
    vm: (e, L) => one(L.get('vms', e.vm)),
    host: (e, L) => one(L.get('hosts', e.host)),
    template: (e, L) => one(L.get('templates', e.template)),
    user: (e, L) => one(L.get('users', e.user)),
    cluster: (e, L) => one(L.get('clusters', e.cluster)),
  },
};
