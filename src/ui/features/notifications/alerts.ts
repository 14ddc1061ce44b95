// Which feed events the drawer shows as alerts: warning or worse, since login; unread are
// those above the index the user last marked read.
import type { Resource } from '../../../api/resource.ts';
import { eventIndex } from '../events/event-merge.ts';
import { atLeast } from '../events/severity.ts';

export function alertsSince(events: readonly Resource[], since: number): Resource[] {
  return events.filter((e) => atLeast(String(e.fields.severity ?? ''), 'warning') && Date.parse(String(e.fields.time ?? '')) >= since);
}

export function unreadCount(alerts: readonly Resource[], readUpTo: number): number {
  return alerts.filter((e) => eventIndex(e) > readUpTo).length;
}
