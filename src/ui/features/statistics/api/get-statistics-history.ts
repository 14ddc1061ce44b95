// `<resource>/statistics`, polled, with every answer appended to a history kept in the query
// cache (the engine itself keeps no history for hosts). The history outlives the chart: the
// detail page unmounts a tab when another one is chosen, and coming back continues the line.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { pollInterval } from '../../../app/polling.ts';
import { appendSample, maxGapMs, pushSample, seedFromHistory } from '../ring-buffer.ts';
import { sampleOf, statMap, statSeries, type Sample } from '../stat-values.ts';

export interface StatisticsHistory {
  samples: Sample[];
  latest: Record<string, number>;
}

/** The statistics collection of a resource href (or the collection href itself). */
export function statisticsHref(href: string): string {
  const h = href.replace(/\/+$/, '');
  return h.endsWith('/statistics') ? h : `${h}/statistics`;
}

export async function getStatistics(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(statisticsHref(href), {}, signal)).items;
}

const HISTORY_STEP_MS = 30_000;
export const HISTORY_KEEP_MS = 15 * 60_000;

export const statisticsHistoryQueryOptions = (href: string) =>
  queryOptions({
    queryKey: queryKeys.statistics(statisticsHref(href)),
    queryFn: async (ctx): Promise<StatisticsHistory> => {
      const prev = ctx.client.getQueryData<StatisticsHistory>(ctx.queryKey);
      const stats = await getStatistics(apiForQuery(ctx), href, ctx.signal);
      const now = Date.now();
      const latest = statMap(stats);
      const sample = sampleOf(latest, now);
      if (prev) return { samples: appendSample(prev.samples, sample, maxGapMs(pollInterval(), HISTORY_STEP_MS)), latest };
      // VMs come with the engine's own recent history: start the chart from it.
      const seeded = seedFromHistory(
        { cpu: statSeries(stats, 'cpu.usage.history').slice(1), memory: statSeries(stats, 'memory.usage.history').slice(1), network: statSeries(stats, 'network.usage.history').slice(1) },
        now - HISTORY_STEP_MS,
        HISTORY_STEP_MS,
      );
      return { samples: pushSample(seeded, sample), latest };
    },
    // Kept this long after the last chart of the resource closed (tab switches, a quick look
    // elsewhere); a later visit starts over.
    gcTime: HISTORY_KEEP_MS,
  });

/**
 * Statistics of a host or VM with history.
 * @example
 * const { data } = useStatisticsHistory(vm.href);
 * data?.samples.map((s) => s.cpu);
 */
export function useStatisticsHistory(href: string | undefined) {
  return useQuery({
    ...statisticsHistoryQueryOptions(href ?? ''),
    enabled: !!href,
    refetchInterval: () => pollInterval(),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}
