import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadEngineCatalog, type ActionCatalog } from '../../../../api/actions.ts';
import { api, type UiApi } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { requirementsFromModel, type Requirements } from '../model-requirements.ts';

export interface EngineSelfDescription {
  /** The engine's actions, or null when it describes none: `describeAction` then answers
   * from the built-in knowledge. */
  catalog: ActionCatalog | null;
  /** Mandatory attributes of `add`, by entity type (v4 model.json only). */
  requirements: Requirements;
}

/** The engine's self-description (v4 `model.json`, v3 RSDL), read with one request. */
export async function getActionCatalog(client: UiApi): Promise<EngineSelfDescription> {
  let requirements: Requirements = {};
  const fetchText = async (href: string) => {
    const res = await client.transport.request('GET', href, { accept: href.endsWith('.json') ? 'application/json' : 'application/xml' });
    if (href.endsWith('model.json')) {
      try {
        requirements = requirementsFromModel(JSON.parse(res.text));
      } catch {
        // not JSON: loadEngineCatalog reports no catalogue, the built-in knowledge applies
      }
    }
    return { text: res.text, contentType: res.contentType };
  };
  const catalog = (await loadEngineCatalog(fetchText, client.apiBase, client.apiVersion)) ?? null;
  return { catalog, requirements };
}

export const actionCatalogQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.actionCatalog(),
    queryFn: () => getActionCatalog(api()),
    // the engine's API does not change during a session
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/**
 * The engine's self-description, loaded once per session when the first dialog opens.
 * @example
 * const { data, isPending } = useActionCatalog();
 * const desc = describeAction('vm', 'migrate', data?.catalog ?? undefined);
 */
export function useActionCatalog(enabled = true) {
  return useQuery({ ...actionCatalogQueryOptions(), enabled });
}
