/**
 * Tokenizer for the search language (api-reference §6). The engine reads a value after an
 * operator up to the next blank, so `name=web-01.example.com` and `ip=10.0.0.*` are single
 * values; everywhere else words stop at operators so `name=x` needs no blanks.
 */
import { SearchError } from './errors.ts';

export type Op = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type Token =
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'quoted'; text: string; pos: number }
  | { kind: 'op'; op: Op; pos: number }
  | { kind: 'colon'; pos: number };

/** The engine refuses these outright (SQL-injection guard). */
const DISALLOWED = new Set(["'", ';']);
const OP_START = new Set(['=', '!', '<', '>']);

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * `isObjectName` decides whether a first word followed by ':' is the object prefix (`Vms:`);
 * otherwise colons belong to the word (`fe80::1`, `10:30`).
 */
export function tokenize(input: string, isObjectName: (word: string) => boolean = () => true): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  let afterOp = false;
  while (i < n) {
    const c = input[i];
    if (isBlank(c)) { i++; continue; }
    if (DISALLOWED.has(c)) throw new SearchError(`invalid character ${c} at position ${i + 1}`, i);
    if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new SearchError(`unterminated double quote at position ${i + 1}`, i);
      const text = input.slice(i + 1, end);
      const bad = [...text].find((ch) => DISALLOWED.has(ch));
      if (bad) throw new SearchError(`invalid character ${bad} at position ${i + 2 + text.indexOf(bad)}`, i);
      tokens.push({ kind: 'quoted', text, pos: i });
      i = end + 1;
      afterOp = false;
      continue;
    }
    if (afterOp) {
      // a raw value: everything up to the next blank
      let j = i;
      while (j < n && !isBlank(input[j])) {
        if (DISALLOWED.has(input[j])) throw new SearchError(`invalid character ${input[j]} at position ${j + 1}`, j);
        j++;
      }
      tokens.push({ kind: 'word', text: input.slice(i, j), pos: i });
      i = j;
      afterOp = false;
      continue;
    }
    if (OP_START.has(c)) {
      const two = input.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'op', op: two, pos: i });
        i += 2;
      } else if (c === '!') {
        throw new SearchError(`'!' at position ${i + 1} must be followed by '=' (use !=)`, i);
      } else {
        tokens.push({ kind: 'op', op: c as Op, pos: i });
        i += 1;
      }
      afterOp = true;
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (c === ':' && (tokens.length === 0 || (tokens.length === 1 && prev.kind === 'word' && isObjectName(prev.text)))) {
      tokens.push({ kind: 'colon', pos: i });
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isBlank(input[j]) && !OP_START.has(input[j]) && input[j] !== '"') {
      if (DISALLOWED.has(input[j])) throw new SearchError(`invalid character ${input[j]} at position ${j + 1}`, j);
      // the object prefix ends at its colon; any other colon (IPv6, a time) stays in the word
      if (input[j] === ':' && tokens.length === 0 && isObjectName(input.slice(i, j))) break;
      j++;
    }
    tokens.push({ kind: 'word', text: input.slice(i, j), pos: i });
    i = j;
  }
  return tokens;
}
