// Tokens of the engine's search language. Colons are only special right after the first
// word (`Vms:`), so MAC addresses and times stay single values.

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
  /** Unterminated quote or a stray `!`. */
  error?: { position: number; end: number; message: string };
}

const OP_CHARS = '=!<>';

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        // a backslash escapes a quote inside a quoted value
        if (text[j] === '\\' && text[j + 1] === '"') {
          value += '"';
          j += 2;
          continue;
        }
        value += text[j++];
      }
      if (j >= text.length) return { tokens, error: { position: start, end: text.length, message: 'Unterminated quoted value: add the closing "' } };
      tokens.push({ type: 'string', value, start, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (OP_CHARS.includes(c)) {
      const two = text.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ type: 'op', value: two, start, end: i + 2 });
        i += 2;
        continue;
      }
      if (c === '!') return { tokens, error: { position: start, end: start + 1, message: '"!" must be followed by "=" (not equal)' } };
      tokens.push({ type: 'op', value: c, start, end: i + 1 });
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j]) && !OP_CHARS.includes(text[j]) && text[j] !== '"') {
      if (text[j] === ':' && tokens.length === 0 && j > i) break;
      j++;
    }
    tokens.push({ type: 'word', value: text.slice(i, j), start, end: j });
    i = j;
    if (text[j] === ':' && tokens.length === 1) {
      tokens.push({ type: 'colon', value: ':', start: j, end: j + 1 });
      i = j + 1;
    }
  }
  return { tokens };
}
