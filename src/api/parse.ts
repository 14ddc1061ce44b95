// One entry for parsing an answer body, whichever format it came in. Also what the parse
// worker runs, so the main thread and the worker read answers identically.
import type { Parsed } from './document.ts';
import { ParseError } from './errors.ts';
import { parseJson } from './parse-json.ts';
import { parseXml } from './parse-xml.ts';

export type { Parsed } from './document.ts';

export interface ParseInput {
  text: string;
  /** Media type of the answer (`application/json`, `application/xml`). */
  contentType: string;
  status: number;
  /** The href the answer came from (JSON needs it to know what it holds). */
  href?: string;
  apiBase?: string;
  expect?: 'action';
}

export type Parser = (input: ParseInput) => Parsed | Promise<Parsed>;

export function parseBody(input: ParseInput): Parsed {
  const t = input.text;
  if (t.trim() === '') return { type: 'empty' };
  const ct = input.contentType.toLowerCase();
  // a web page where API data was expected: a login page, a proxy or load-balancer error page
  if (ct.includes('html') || /^\s*<(!doctype html|html)/i.test(t)) {
    throw new ParseError('The server answered with a web page instead of API data.');
  }
  const json = ct.includes('json') || (!ct.includes('xml') && /^\s*[[{]/.test(t));
  if (json) return parseJson(t, { href: input.href, apiBase: input.apiBase, status: input.status, expect: input.expect });
  const p = parseXml(t, input.status);
  if (input.expect === 'action' && p.type === 'resource') return { type: 'action', action: { status: 'complete', resource: p.resource } };
  return p;
}
