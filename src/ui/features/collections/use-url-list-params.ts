// List state (search, page, page size) bound to the URL query string.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readListParams, writeListParams, type ListParams } from './list-params.ts';

export function useUrlListParams(): [ListParams, (changes: Partial<ListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);
  const update = useCallback((changes: Partial<ListParams>) => setSearchParams((cur) => writeListParams(cur, changes)), [setSearchParams]);
  return [params, update];
}
