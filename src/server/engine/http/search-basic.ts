/**
 * Stand-in for the search language (§6) until the search engine lands: `name=<glob>` and a
 * bare word (free text on the name) are understood; anything else is refused with a fault
 * rather than silently ignored. The search engine replaces it through the engine's `search` hook.
 */
import type { Doc } from '../store/store.ts';
import type { Ctx } from './context.ts';
import { HttpFault } from './faults.ts';
import { msg } from './messages.ts';

export interface SearchArgs {
  ctx: Ctx;
  /** model type of the items (`vm`) */
  type: string;
  /** collection service name (`vms`) */
  collection: string;
  query: string;
  caseSensitive: boolean;
  /** `max`, for searches that page (`page 2`) */
  max?: number;
  docs: Doc[];
}

export function runSearch(s: SearchArgs): Doc[] {
  return s.ctx.hooks.search ? s.ctx.hooks.search(s) : basicSearch(s);
}

function globRegex(glob: string, caseSensitive: boolean, anchored: boolean): RegExp {
  const body = glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(anchored ? `^${body}$` : body, caseSensitive ? '' : 'i');
}

export function basicSearch(s: SearchArgs): Doc[] {
  const q = s.query.trim();
  if (!q) return s.docs;
  const byName = /^name\s*=\s*("?)([^"\s]+)\1$/i.exec(q);
  const free = /^[\w*.@-]+$/.test(q) ? q : undefined;
  const re = byName ? globRegex(byName[2], s.caseSensitive, true) : free ? globRegex(free, s.caseSensitive, false) : undefined;
  if (!re) throw HttpFault.badRequest(msg('detail.search_unsupported', { query: q }));
  return s.docs.filter((d) => typeof d.name === 'string' && re.test(d.name));
}
