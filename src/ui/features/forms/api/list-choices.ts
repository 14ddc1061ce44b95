import { queryOptions, useQuery } from '@tanstack/react-query';
import { pluralOf } from '../../../../api/model-types.ts';
import type { Collection } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';

/** How many objects a reference select offers; beyond that the admin types an id. */
export const CHOICES_MAX = 500;

/** Top-level collection href of a model type (`host` → `/ovirt-engine/api/hosts`). */
export function choicesHref(apiBase: string, refType: string): string {
  return `${apiBase.replace(/\/+$/, '')}/${pluralOf(refType).replace(/_/g, '')}`;
}

export function getChoices(client: UiApi, href: string, search: string | undefined, signal?: AbortSignal): Promise<Collection> {
  return client.list(href, { max: CHOICES_MAX, ...(search ? { search } : {}) }, signal);
}

export const choicesQueryOptions = (href: string, search?: string) =>
  queryOptions({
    queryKey: [...queryKeys.collection(href, { search, max: CHOICES_MAX }), 'choices'] as const,
    queryFn: (ctx) => getChoices(apiForQuery(ctx), href, search, ctx.signal),
    staleTime: 30_000,
  });

/**
 * The objects a reference field may point at.
 * @example
 * const { data } = useChoices('/ovirt-engine/api/hosts', 'status=up');
 */
export function useChoices(href: string | undefined, search?: string) {
  return useQuery({ ...choicesQueryOptions(href ?? '', search), enabled: !!href });
}
