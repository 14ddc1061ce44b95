// The search language's syntax (api-reference §6), as the engine's SQL generator reads it:
// explicit `and` chains are joined first, then `or`, and conditions written side by side
// without a connective are ANDed last — `a or b c` means `(a or b) and c`, while
// `a or b and c` means `a or (b and c)`. No parentheses. Fields are not checked here
// (see resolve.ts); positions are 0-based offsets, messages count from 1 as the engine does.
import { SearchQueryError } from './errors.ts';
import { objectForPrefix, type Op } from './fields.ts';
import { lex, type Token } from './tokenize.ts';

export interface Condition {
  /** Start of the condition (its field, or its free-text value). */
  pos: number;
  end: number;
  /** `host` in `host.name=x`, as written. */
  crossRef?: string;
  /** Field as written (`NAME`); undefined for free text. */
  field?: string;
  op: Op;
  /** Where the operator is (free text: the value). */
  opPos: number;
  value: string;
  valuePos: number;
  quoted: boolean;
}

/** AND over segments (side by side), each an OR over AND-chains (explicit `and`). */
export type Where = Condition[][][];

export interface ParsedQuery {
  /** The object prefix as written (`Vms` in `Vms: …`). */
  object?: { name: string; pos: number };
  where: Where;
  sort?: { field: string; pos: number; end: number; desc: boolean };
  page?: number;
}

const lower = (t: Token | undefined): string | undefined => (t && t.type === 'word' ? t.value.toLowerCase() : undefined);

function describe(t: Token): string {
  if (t.type === 'string') return `"${t.value}"`;
  return `'${t.value}'`;
}

function fail(detail: string, pos: number, end = pos + 1): never {
  throw new SearchQueryError(detail, pos, end);
}

/** Parses `input`; throws SearchQueryError with the position of the first mistake. */
export function parseQuery(input: string): ParsedQuery {
  // a word and a colon at the start that is no object the engine knows is a mistyped prefix
  const prefix = /^\s*([A-Za-z_]+)\s*:(?!:)/.exec(input);
  if (prefix && objectForPrefix(prefix[1]) === undefined) {
    const at = prefix.index + prefix[0].indexOf(prefix[1]);
    fail(`unknown search object '${prefix[1]}' at position ${at + 1}`, at, at + prefix[1].length);
  }
  const tokens = lex(input);
  let i = 0;
  const result: ParsedQuery = { where: [] };

  if (tokens.length >= 2 && tokens[0].type === 'word' && tokens[1].type === 'colon') {
    result.object = { name: tokens[0].value, pos: tokens[0].start };
    i = 2;
  } else if (tokens[0]?.type === 'colon') {
    fail('expected a search object (such as Vms) before the colon at position 1', tokens[0].start);
  }

  let connective: 'and' | 'or' | undefined;
  let connectiveTok: Token | undefined;
  while (i < tokens.length) {
    const t = tokens[i];
    const word = lower(t);
    if (word === 'sortby' || word === 'page') break;
    if (word === 'and' || word === 'or') {
      if (connective || result.where.length === 0) fail(`'${t.value}' at position ${t.start + 1} must stand between two conditions`, t.start, t.end);
      connective = word;
      connectiveTok = t;
      i++;
      continue;
    }
    if (t.type === 'colon') fail(`unexpected ':' at position ${t.start + 1}; the search object prefix (such as Vms:) may only start the query`, t.start);
    if (t.type === 'op') fail(`expected a field name or a value before '${t.value}' at position ${t.start + 1}`, t.start, t.end);
    const next = tokens[i + 1];
    let cond: Condition;
    if (next?.type === 'op') {
      if (t.type === 'string') fail(`expected a field name before '${next.value}' at position ${next.start + 1}, got "${t.value}"`, t.start, t.end);
      const value = tokens[i + 2];
      if (!value || (value.type !== 'word' && value.type !== 'string')) {
        fail(`expected a value after '${next.value}' at position ${next.start + 1}`, next.end, value?.end ?? input.length);
      }
      const dot = t.value.indexOf('.');
      let crossRef: string | undefined;
      let field: string = t.value;
      if (dot >= 0) {
        crossRef = t.value.slice(0, dot);
        field = t.value.slice(dot + 1);
        if (!crossRef) fail(`expected an object name before '.' at position ${t.start + 1}`, t.start, t.end);
        if (!field) fail(`expected a field name after '${crossRef}.' at position ${t.start + 1}`, t.start, t.end);
      }
      cond = { pos: t.start, end: value.end, crossRef, field, op: next.value as Op, opPos: next.start, value: value.value, valuePos: value.start, quoted: value.type === 'string' };
      i += 3;
    } else {
      cond = { pos: t.start, end: t.end, op: '=', opPos: t.start, value: t.value, valuePos: t.start, quoted: t.type === 'string' };
      i += 1;
    }
    if (!connective || result.where.length === 0) result.where.push([[cond]]);
    else {
      const segment = result.where[result.where.length - 1];
      if (connective === 'and') segment[segment.length - 1].push(cond);
      else segment.push([cond]);
    }
    connective = undefined;
    connectiveTok = undefined;
  }
  if (connective && connectiveTok) {
    fail(`expected a condition after '${connective}' at position ${connectiveTok.start + 1}`, connectiveTok.start, connectiveTok.end);
  }

  if (lower(tokens[i]) === 'sortby') {
    const kw = tokens[i];
    const f = tokens[i + 1];
    if (!f || f.type !== 'word' || ['asc', 'desc', 'page'].includes(f.value.toLowerCase())) {
      fail(`expected a field name after 'sortby' at position ${kw.start + 1}`, f?.start ?? input.length, f?.end ?? input.length);
    }
    i += 2;
    let desc = false;
    const dir = lower(tokens[i]);
    if (dir === 'asc' || dir === 'desc') {
      desc = dir === 'desc';
      i++;
    }
    result.sort = { field: f.value, pos: f.start, end: f.end, desc };
  }
  if (lower(tokens[i]) === 'page') {
    const kw = tokens[i];
    const v = tokens[i + 1];
    if (!v) fail(`expected a page number after 'page' at position ${kw.start + 1}`, input.length, input.length);
    if (!/^\d+$/.test(v.value) || Number(v.value) < 1 || v.type === 'op' || v.type === 'colon') {
      fail(`page expects a positive whole number, got ${describe(v)} at position ${v.start + 1}`, v.start, v.end);
    }
    result.page = Number(v.value);
    i += 2;
  }
  if (i < tokens.length) {
    const t = tokens[i];
    const after = result.page !== undefined ? "'page'" : result.sort ? "'sortby'" : 'the conditions';
    fail(`unexpected ${describe(t)} at position ${t.start + 1} after ${after}`, t.start, t.end);
  }
  return result;
}
