// The search box's brain, kept pure for tests: suggestions at the cursor (the client core's
// grammar, plus values seen on the current page for free-text fields such as `name`),
// applying one, and checking a query before it is sent.
import type { Resource } from '../../../../api/resource.ts';
import { objectForCollection } from '../../../../api/search/objects.ts';
import { parseSearch, type SearchError } from '../../../../api/search/parse.ts';
import { suggest, type Suggestion, type Suggestions } from '../../../../api/search/suggest.ts';
import { tokenize } from '../../../../api/search/tokenize.ts';
import { displayName, isStructure, valueAt } from '../../../lib/fields.ts';

/** Search fields whose values the page's items can suggest: field → item path. */
const SEEN_VALUE_PATHS: Record<string, string> = {
  name: 'name',
  alias: 'alias',
  description: 'description',
  comment: 'comment',
  cluster: 'cluster',
  datacenter: 'data_center',
  on_host: 'host',
  host: 'host',
  address: 'address',
  usrname: 'user_name',
  os: 'os.type',
};
const MAX_ITEMS = 12;
const MAX_SEEN = 8;

export function searchObjectFor(rel: string): string | undefined {
  return objectForCollection(rel)?.name;
}

function quoteIfNeeded(v: string): string {
  return /[\s"=!<>]/.test(v) || v === '' ? `"${v.replace(/"/g, '\\"')}"` : v;
}

/** Distinct values of a free-text field among `items`, as query text. */
function seenValues(field: string, items: Resource[]): Suggestion[] {
  const path = SEEN_VALUE_PATHS[field.toLowerCase()];
  if (!path) return [];
  const out = new Set<string>();
  for (const it of items) {
    const v = valueAt(it, path);
    const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : isStructure(v) && typeof v.fields.name === 'string' ? displayName(v) : '';
    if (text) out.add(text);
    if (out.size >= MAX_SEEN) break;
  }
  return [...out].map((v) => ({ text: quoteIfNeeded(v), kind: 'value' as const, detail: 'on this page' }));
}

/** Suggestions at `cursor` for a collection searched as `object` (undefined: no grammar). */
export function completionsAt(text: string, cursor: number, object: string | undefined, items: Resource[] = []): Suggestions {
  if (!object) return { from: cursor, to: cursor, items: [] };
  const base = suggest(text, cursor, object);
  let list = base.items;
  // A free-text field's value: the grammar has nothing to offer, the page does.
  const { tokens } = tokenize(text.slice(0, base.from));
  const last = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (last?.type === 'op' && prev?.type === 'word' && list.length === 0) {
    const partial = text.slice(base.from, cursor).toLowerCase().replace(/^"/, '');
    const field = prev.value.includes('.') ? '' : prev.value;
    list = seenValues(field, items).filter((s) => s.text.toLowerCase().replace(/^"/, '').startsWith(partial) && s.text.toLowerCase() !== partial);
  }
  return { from: base.from, to: base.to, items: list.slice(0, MAX_ITEMS) };
}

/** The text after choosing `s` for the range `from..to`, and where the cursor goes: after
 * the inserted text and a space, ready for the next part (but not after a `host.` prefix). */
export function applySuggestion(text: string, from: number, to: number, s: Suggestion): { text: string; cursor: number } {
  const before = text.slice(0, from);
  let after = text.slice(to);
  const glue = s.kind === 'prefix' || s.text.endsWith('.') ? '' : ' ';
  // Operators read better spaced: `name = web`.
  const lead =
    (s.kind === 'operator' && before && !/\s$/.test(before) && !/[=!<>]$/.test(before)) || (s.kind === 'value' && /[=!<>]$/.test(before)) ? ' ' : '';
  if (glue && after.startsWith(' ')) after = after.slice(1);
  const inserted = `${lead}${s.text}${glue}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + inserted.length };
}

/** The parser's complaint about `text`, or null when it may be sent. Collections the grammar
 * does not know are sent as typed (the engine judges). */
export function validateSearch(text: string, object: string | undefined): SearchError | null {
  if (!object || !text.trim()) return null;
  const r = parseSearch(text, { object });
  return r.ok ? null : r.error;
}
