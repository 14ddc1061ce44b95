// A reference to another resource (`cluster`, `host`…), linked to its route and named. The
// engine sends references as bare id+href, so the name comes from (1) an inlined object
// (`follow`), (2) the query cache — the resource itself or any list page holding it — or
// (3) a fetch, only when `eager` (the detail page resolves its first few references) or
// when the user points at or focuses the link.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Collection } from '../../../api/resource.ts';
import type { Structure } from '../../../api/resource.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { displayName } from '../../lib/fields.ts';
import { useResource } from './api/get-resource.ts';

const NAME_STALE_MS = 5 * 60_000;

export function RefLink({ value, eager = false }: { value: Structure; eager?: boolean }) {
  const inlined = typeof value.fields.name === 'string' ? value.fields.name : undefined;
  const [wanted, setWanted] = useState(false);
  const { data } = useResource(inlined ? undefined : value.href, { enabled: eager || wanted, staleTime: NAME_STALE_MS });
  const qc = useQueryClient();
  const name = inlined ?? (data ? displayName(data) : value.href ? nameFromCachedLists(qc, value.href) : undefined);
  return (
    <HrefLink href={value.href} onPointerEnter={() => setWanted(true)} onFocus={() => setWanted(true)} data-testid="ref-link">
      {name ?? <span className="vantage-mono" title={value.kind ? `${value.kind} ${value.id}` : value.id}>{value.id ?? value.href}</span>}
    </HrefLink>
  );
}

/** The name of `href` if a cached list page holds it (no request). */
function nameFromCachedLists(qc: QueryClient, href: string): string | undefined {
  // Other queries may share the key prefix with data of another shape: only lists count.
  for (const [, coll] of qc.getQueriesData<Collection>({ queryKey: [...queryKeys.api, 'collection'] })) {
    if (!Array.isArray(coll?.items)) continue;
    const hit = coll.items.find((it) => it.href === href);
    if (hit) return displayName(hit);
  }
  return undefined;
}
