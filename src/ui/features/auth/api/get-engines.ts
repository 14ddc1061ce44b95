import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../app/query-keys.ts';
import { readProxyError, type EngineChoice } from './session-types.ts';

/** Engines the proxy can log in to (names only, no secrets). */
export async function getEngines(signal?: AbortSignal): Promise<EngineChoice[]> {
  const res = await fetch('/auth/engines', { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw await readProxyError(res, `The Vantage proxy answered ${res.status} when listing engines.`);
  const body = (await res.json()) as unknown;
  return Array.isArray(body) ? (body as EngineChoice[]) : [];
}

export const enginesQueryOptions = () => queryOptions({ queryKey: queryKeys.engines, queryFn: ({ signal }) => getEngines(signal), staleTime: Infinity });

/** @example const { data: engines = [] } = useEngines(); */
export function useEngines() {
  return useQuery(enginesQueryOptions());
}
