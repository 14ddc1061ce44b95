/**
 * Connects the engine's search language (../search) to list requests: searchable collections
 * go through it — with paging (`page N` needs `max`) and its refusals as 400 faults — and the
 * rest keep the stand-in name search.
 */
import { isSearchable, runSearch, SearchError } from '../search/search.ts';
import { storeSearchContext } from '../search/store-context.ts';
import type { Doc, Store } from '../store/store.ts';
import { HttpFault } from './faults.ts';
import { basicSearch, type SearchArgs } from './search-basic.ts';

export function engineSearch(store: Store): (s: SearchArgs) => Doc[] {
  const context = storeSearchContext(store);
  return (s) => {
    if (!isSearchable(s.collection)) return basicSearch(s);
    try {
      return runSearch(s.collection, s.query, { caseSensitive: s.caseSensitive, max: s.max, docs: s.docs }, context).items as Doc[];
    } catch (err) {
      if (err instanceof SearchError) throw new HttpFault(err.status, err.reason, err.detail);
      throw err;
    }
  };
}
