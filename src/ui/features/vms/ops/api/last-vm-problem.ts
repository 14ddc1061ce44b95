import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../../api/resource.ts';
import type { UiApi } from '../../../../app/api-client.ts';
import { apiForQuery } from '../../../../app/query-api.ts';
import { queryKeys } from '../../../../app/query-keys.ts';

/** The engine's search for a VM's warnings and errors (events of the VM, newest first). */
export function vmProblemSearch(vmName: string): string {
  return `vm.name=${vmName} and severity>=warning`;
}

export async function getLastVmProblem(client: UiApi, eventsHref: string, vmName: string, signal?: AbortSignal): Promise<Resource | null> {
  const page = await client.list(eventsHref, { search: vmProblemSearch(vmName), max: 1 }, signal);
  return page.items[0] ?? null;
}

export const lastVmProblemQueryOptions = (eventsHref: string, vmName: string) =>
  queryOptions({
    queryKey: [...queryKeys.collection(eventsHref, { search: vmProblemSearch(vmName), max: 1 }), 'last-problem'] as const,
    queryFn: (ctx) => getLastVmProblem(apiForQuery(ctx), eventsHref, vmName, ctx.signal),
    staleTime: 30_000,
  });

/**
 * The VM's latest warning or error event, the likeliest "why" of a VM that is down or stuck.
 * @example
 * const { data: problem } = useLastVmProblem(entry.links.events, 'web05', vmIsDown);
 */
export function useLastVmProblem(eventsHref: string | undefined, vmName: string | undefined, enabled: boolean) {
  return useQuery({ ...lastVmProblemQueryOptions(eventsHref ?? '', vmName ?? ''), enabled: enabled && !!eventsHref && !!vmName });
}
