// Tokens of the search language, read as the engine's SyntaxChecker reads them: a value after
// an operator runs up to the next blank (`name=web-01.example.com`, `ip=10.0.0.*`, even
// `name==x` is the value `=x`); elsewhere words stop at operators so `name=x` needs no blanks.
// A colon is special only after a first word that names a search object (`Vms:`), so MAC
// addresses and times stay single values.
import { SearchQueryError } from './errors.ts';
import { objectForPrefix, type Op } from './fields.ts';

export type TokenType = 'word' | 'string' | 'op' | 'colon';

export interface Token {
  type: TokenType;
  /** The token's value: word text, string contents (unquoted), operator. */
  value: string;
  start: number;
  end: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** Why reading stopped early (unterminated quote, stray `!`, a refused character). */
  error?: { position: number; end: number; message: string };
}

/** The engine refuses these outright (SQL-injection guard). */
const DISALLOWED = new Set(["'", ';']);
const OP_START = new Set(['=', '!', '<', '>']);

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isObjectName = (w: string) => objectForPrefix(w) !== undefined;

function refuse(c: string, at: number): never {
  throw new SearchQueryError(`invalid character ${c} at position ${at + 1}`, at, at + 1);
}

/** Tokens of `input`, appended to `tokens` as they are read; throws SearchQueryError. */
export function lex(input: string, tokens: Token[] = []): Token[] {
  let i = 0;
  const n = input.length;
  let afterOp = false;
  while (i < n) {
    const c = input[i];
    if (isBlank(c)) { i++; continue; }
    if (DISALLOWED.has(c)) refuse(c, i);
    if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new SearchQueryError(`Unterminated double quote at position ${i + 1}: add the closing "`, i, n);
      const text = input.slice(i + 1, end);
      const bad = [...text].findIndex((ch) => DISALLOWED.has(ch));
      if (bad >= 0) refuse(text[bad], i + 1 + bad);
      tokens.push({ type: 'string', value: text, start: i, end: end + 1 });
      i = end + 1;
      afterOp = false;
      continue;
    }
    if (afterOp) {
      let j = i;
      while (j < n && !isBlank(input[j])) {
        if (DISALLOWED.has(input[j])) refuse(input[j], j);
        j++;
      }
      tokens.push({ type: 'word', value: input.slice(i, j), start: i, end: j });
      i = j;
      afterOp = false;
      continue;
    }
    if (OP_START.has(c)) {
      const two = input.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ type: 'op', value: two, start: i, end: i + 2 });
        i += 2;
      } else if (c === '!') {
        throw new SearchQueryError(`'!' at position ${i + 1} must be followed by '=' (use !=)`, i, i + 1);
      } else {
        tokens.push({ type: 'op', value: c as Op, start: i, end: i + 1 });
        i += 1;
      }
      afterOp = true;
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (c === ':' && (tokens.length === 0 || (tokens.length === 1 && prev.type === 'word' && isObjectName(prev.value)))) {
      tokens.push({ type: 'colon', value: ':', start: i, end: i + 1 });
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isBlank(input[j]) && !OP_START.has(input[j]) && input[j] !== '"') {
      if (DISALLOWED.has(input[j])) refuse(input[j], j);
      // the object prefix ends at its colon; any other colon (IPv6, a time) stays in the word
      if (input[j] === ':' && tokens.length === 0 && isObjectName(input.slice(i, j))) break;
      j++;
    }
    tokens.push({ type: 'word', value: input.slice(i, j), start: i, end: j });
    i = j;
  }
  return tokens;
}

/** Tokens of `text` without throwing: what could be read, and why reading stopped. */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  try {
    lex(text, tokens);
    return { tokens };
  } catch (e) {
    if (!(e instanceof SearchQueryError)) throw e;
    return { tokens, error: { position: e.position ?? 0, end: e.end ?? text.length, message: e.detail } };
  }
}
