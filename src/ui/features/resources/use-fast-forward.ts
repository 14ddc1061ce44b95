// Polling for a detail page: the normal 10 s / 60 s rhythm, and after an action a burst of
// quick refetches (0.5 s, 1 s, 2 s) until the resource's status settles, as the
// Administration Portal's GridTimer does.
import type { Query } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { fastForwardDelay, pollInterval } from '../../app/polling.ts';
import { statusOf } from '../../lib/fields.ts';
import { isTransitional } from '../../lib/status.ts';

/**
 * @example
 * const ff = useFastForward();
 * useResource(href, { refetchInterval: ff.refetchInterval });
 * onActionSuccess: () => ff.kick();
 */
export function useFastForward() {
  const burst = useRef<{ since: number; steps: number; lastSeen: number } | null>(null);

  const refetchInterval = useCallback((query: Query<Resource, Error, Resource, any>): number | false => {
    const b = burst.current;
    if (b) {
      const updated = query.state.dataUpdatedAt;
      if (updated > b.since && updated !== b.lastSeen) {
        b.steps++;
        b.lastSeen = updated;
      }
      const data = query.state.data;
      const delay = fastForwardDelay(b.steps, isTransitional(data ? statusOf(data) : undefined));
      if (delay !== null) return delay;
      burst.current = null;
    }
    return pollInterval();
  }, []);

  const kick = useCallback(() => {
    burst.current = { since: Date.now(), steps: 0, lastSeen: 0 };
  }, []);

  return { refetchInterval, kick };
}
