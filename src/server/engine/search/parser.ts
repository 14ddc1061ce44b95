/**
 * Parser for the search language (api-reference §6) into a small AST.
 *
 * Precedence follows the engine's SQL generator: explicit `and` chains are joined first,
 * then `or`, and conditions written side by side without a connective are ANDed last —
 * so `a or b c` means `(a or b) and c`, while `a or b and c` means `a or (b and c)`.
 */
import { SearchError } from './errors.ts';
import { tokenize, type Op, type Token } from './lexer.ts';

export interface Condition {
  pos: number;
  /** `host` in `host.name=x`, or the object of a cross-object free text (`host=x`). */
  crossRef?: string;
  /** Undefined for free text. */
  field?: string;
  op: Op;
  value: string;
  quoted: boolean;
}

/** AND over segments, each an OR over AND-chains of conditions. */
export type Where = Condition[][][];

export interface ParsedQuery {
  object?: { name: string; pos: number };
  where: Where;
  sort?: { field: string; pos: number; desc: boolean };
  page?: number;
}

const lower = (t: Token | undefined): string | undefined => (t && t.kind === 'word' ? t.text.toLowerCase() : undefined);

function describe(t: Token): string {
  if (t.kind === 'op') return `'${t.op}'`;
  if (t.kind === 'colon') return "':'";
  if (t.kind === 'quoted') return `"${t.text}"`;
  return `'${t.text}'`;
}

export function parseQuery(input: string, isObjectName?: (word: string) => boolean): ParsedQuery {
  const tokens = tokenize(input, isObjectName);
  let i = 0;
  const result: ParsedQuery = { where: [] };

  if (tokens.length >= 2 && tokens[0].kind === 'word' && tokens[1].kind === 'colon') {
    result.object = { name: tokens[0].text, pos: tokens[0].pos };
    i = 2;
  } else if (tokens[0]?.kind === 'colon') {
    throw new SearchError('expected a search object (such as Vms) before the colon at position 1', 0);
  }

  let connective: 'and' | 'or' | undefined;
  let connectiveTok: Token | undefined;
  while (i < tokens.length) {
    const t = tokens[i];
    const word = lower(t);
    if (word === 'sortby' || word === 'page') break;
    if (word === 'and' || word === 'or') {
      if (connective || result.where.length === 0) {
        throw new SearchError(`'${t.kind === 'word' ? t.text : ''}' at position ${t.pos + 1} must stand between two conditions`, t.pos);
      }
      connective = word;
      connectiveTok = t;
      i++;
      continue;
    }
    if (t.kind === 'colon') throw new SearchError(`unexpected ':' at position ${t.pos + 1}; the search object prefix (such as Vms:) may only start the query`, t.pos);
    if (t.kind === 'op') throw new SearchError(`expected a field name or a value before '${t.op}' at position ${t.pos + 1}`, t.pos);
    const next = tokens[i + 1];
    let cond: Condition;
    if (next?.kind === 'op') {
      if (t.kind === 'quoted') throw new SearchError(`expected a field name before '${next.op}' at position ${next.pos + 1}, got "${t.text}"`, t.pos);
      const value = tokens[i + 2];
      if (!value || (value.kind !== 'word' && value.kind !== 'quoted')) {
        throw new SearchError(`expected a value after '${next.op}' at position ${next.pos + 1}`, next.pos);
      }
      const dot = t.text.indexOf('.');
      let crossRef: string | undefined;
      let field: string | undefined = t.text;
      if (dot >= 0) {
        crossRef = t.text.slice(0, dot);
        field = t.text.slice(dot + 1);
        if (!crossRef) throw new SearchError(`expected an object name before '.' at position ${t.pos + 1}`, t.pos);
        if (!field) throw new SearchError(`expected a field name after '${crossRef}.' at position ${t.pos + 1}`, t.pos);
      }
      cond = { pos: t.pos, crossRef, field, op: next.op, value: value.text, quoted: value.kind === 'quoted' };
      i += 3;
    } else {
      cond = { pos: t.pos, op: '=', value: t.text, quoted: t.kind === 'quoted' };
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
    throw new SearchError(`expected a condition after '${connective}' at position ${connectiveTok.pos + 1}`, connectiveTok.pos);
  }

  if (lower(tokens[i]) === 'sortby') {
    const kw = tokens[i];
    const f = tokens[i + 1];
    if (!f || f.kind !== 'word' || ['asc', 'desc', 'page'].includes(f.text.toLowerCase())) {
      throw new SearchError(`expected a field name after 'sortby' at position ${kw.pos + 1}`, kw.pos);
    }
    i += 2;
    let desc = false;
    const dir = lower(tokens[i]);
    if (dir === 'asc' || dir === 'desc') {
      desc = dir === 'desc';
      i++;
    }
    result.sort = { field: f.text, pos: f.pos, desc };
  }
  if (lower(tokens[i]) === 'page') {
    const kw = tokens[i];
    const v = tokens[i + 1];
    if (!v) throw new SearchError(`expected a page number after 'page' at position ${kw.pos + 1}`, kw.pos);
    const text = v.kind === 'word' || v.kind === 'quoted' ? v.text : describe(v);
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      throw new SearchError(`page expects a positive whole number, got ${v.kind === 'word' ? `'${text}'` : describe(v)} at position ${v.pos + 1}`, v.pos);
    }
    result.page = Number(text);
    i += 2;
  }
  if (i < tokens.length) {
    const t = tokens[i];
    const after = result.page !== undefined ? "'page'" : result.sort ? "'sortby'" : 'the conditions';
    throw new SearchError(`unexpected ${describe(t)} at position ${t.pos + 1} after ${after}`, t.pos);
  }
  return result;
}
