// Test support: everything a store holds, to compare two seedings.
import type { Store } from './store.ts';

/** Every document of every collection, keyed `collection/parent/id`, plus the events. */
export function dumpStore(s: Store): Record<string, unknown> {
  const rows = s.db.prepare('SELECT collection, parent, id, data FROM docs ORDER BY collection, parent, id').all() as Array<{ collection: string; parent: string; id: string; data: string }>;
  const out: Record<string, unknown> = {};
  for (const r of rows) out[`${r.collection}/${r.parent}/${r.id}`] = JSON.parse(r.data);
  out.events = s.listEvents();
  return out;
}
