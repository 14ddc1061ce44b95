/**
 * The search as the HTTP layer's `search` hook (http/hooks.ts): pass `{ search: searchHook }`
 * in the engine's hooks. Collections the search language does not cover keep the stand-in
 * name-only search; refusals become 400 faults whose detail says what is wrong and where.
 */
import { HttpFault } from '../http/faults.ts';
import { basicSearch, type SearchArgs } from '../http/search-basic.ts';
import { isSearchable, runSearch, SearchError, type Doc } from './search.ts';
import { storeSearchContext } from './store-context.ts';
import { cachedUsage, type StatisticsSource } from './usage.ts';

export function searchHook(s: SearchArgs): Doc[] {
  if (!isSearchable(s.collection)) return basicSearch(s);
  const hook = s.ctx.hooks.statistics;
  const info = { correlationId: s.ctx.params.correlationId, user: { id: s.ctx.user.id, name: s.ctx.user.principal } };
  const source: StatisticsSource | undefined = hook && ((type, doc) => hook(type, doc, { ...info, service: type }));
  try {
    // the collection's view already applied `from` (events) to s.docs
    const ctx = storeSearchContext(s.ctx.store, { usage: cachedUsage(source) });
    return runSearch(s.collection, s.query, { caseSensitive: s.caseSensitive, docs: s.docs, max: s.max }, ctx).items;
  } catch (e) {
    if (e instanceof SearchError) throw new HttpFault(400, 'Operation Failed', `Search failed: ${e.detail}`);
    throw e;
  }
}
