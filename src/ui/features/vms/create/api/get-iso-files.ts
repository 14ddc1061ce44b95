import { useQueries } from '@tanstack/react-query';
import type { Resource } from '../../../../../api/resource.ts';
import { choicesQueryOptions } from '../../../forms/api/list-choices.ts';

export interface IsoFile {
  id: string;
  name: string;
  domain: string;
}

/**
 * The images of some ISO domains (each domain's `files` sub-collection), one request per
 * domain, merged in domain order.
 * @example
 * const { files, isPending } = useIsoFiles(isoDomains);
 */
export function useIsoFiles(domains: readonly Resource[]) {
  const withFiles = domains.filter((d) => !!d.links.files);
  const results = useQueries({ queries: withFiles.map((d) => ({ ...choicesQueryOptions(d.links.files), staleTime: 60_000 })) });
  const files: IsoFile[] = [];
  results.forEach((r, i) => {
    for (const f of r.data?.items ?? []) {
      if (f.id) files.push({ id: f.id, name: String(f.fields.name ?? f.id), domain: String(withFiles[i].fields.name ?? withFiles[i].id) });
    }
  });
  return { files, isPending: results.some((r) => r.isPending), error: results.find((r) => r.error)?.error ?? null };
}
