// List state (search, page, page size) bound to the URL query string.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { preferredPageSize } from '../preferences/page-size.ts';
import { readListParams, writeListParams, type ListParams } from './list-params.ts';

export function useUrlListParams(): [ListParams, (changes: Partial<ListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  // Read once per mount: the preference changes rarely, and a list must not re-page under the user.
  const defaultMax = useMemo(() => preferredPageSize(), []);
  const params = useMemo(() => readListParams(searchParams, defaultMax), [searchParams, defaultMax]);
  const update = useCallback((changes: Partial<ListParams>) => setSearchParams((cur) => writeListParams(cur, changes, defaultMax)), [setSearchParams, defaultMax]);
  return [params, update];
}
