// The drawer's alerts and unread count, shared by the masthead bell and the drawer (one
// event feed query underneath).
import { useMemo, useState } from 'react';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { useEventFeed } from '../events/api/get-event-feed.ts';
import { highestIndex } from '../events/event-merge.ts';
import { severitySearch } from '../events/severity.ts';
import { alertsSince, unreadCount } from './alerts.ts';
import { markReadUpTo, readUpTo, sessionStart } from './session-start.ts';

export function useAlerts() {
  const { data: entry } = useEntryPoint();
  const feed = useEventFeed(entry?.links.events, severitySearch('warning'), { max: 50 });
  const [since] = useState(() => sessionStart());
  const [readTo, setReadTo] = useState(readUpTo);
  const alerts = useMemo(() => alertsSince(feed.data?.events ?? [], since), [feed.data, since]);
  return {
    alerts,
    unread: unreadCount(alerts, readTo),
    isPending: feed.isPending,
    markAllRead: () => {
      const top = highestIndex(alerts) ?? readTo;
      markReadUpTo(top);
      setReadTo(top);
    },
  };
}
