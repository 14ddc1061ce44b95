// Every recorded engine answer under /work/shared/recorded goes through the parsers.
// Skips when the shared recordings are not there (the fixtures cover the essentials).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors.ts';
import { parseBody, type Parsed } from './parse.ts';
import { parseXmlTree, parseXmlTreeStrict } from './parse-xml.ts';
import { faultFromResponse } from './response-fault.ts';

const ROOT = '/work/shared/recorded';
const have = existsSync(`${ROOT}/manageiq-providers-ovirt/index.tsv`);

interface Entry {
  folder: string;
  method: string;
  path: string;
  status: number;
  contentType: string;
  file: string;
}

function entries(folder: string): Entry[] {
  const lines = readFileSync(`${ROOT}/${folder}/index.tsv`, 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => {
    const [method, path, status, contentType, file] = l.split('\t');
    return { folder, method, path, status: Number(status) || 200, contentType, file };
  });
}

function read(e: Entry): string {
  return readFileSync(`${ROOT}/${e.folder}/${e.file}`, 'utf8');
}

function apiBase(path: string): string {
  return path.startsWith('/api') ? '/api' : '/ovirt-engine/api';
}

describe.skipIf(!have)('recorded engine answers', () => {
  const recorded = have ? [...entries('manageiq-providers-ovirt'), ...entries('misc')] : [];

  it('parses every recorded answer (errors become faults)', () => {
    const counts: Record<string, number> = {};
    for (const e of recorded) {
      const text = read(e);
      if (e.status >= 400) {
        const f = faultFromResponse(e.status, e.contentType, text);
        expect(f.status).toBe(e.status);
        expect(f.reason).toMatch(e.status === 404 ? /^Not Found$/ : /^Unauthorized$/);
        counts.fault = (counts.fault ?? 0) + 1;
        continue;
      }
      let p: Parsed;
      try {
        p = parseBody({ text, contentType: e.contentType, status: e.status, href: e.path, apiBase: apiBase(e.path) });
      } catch (err) {
        throw new Error(`${e.folder}/${e.file}: ${(err as Error).message}`, { cause: err });
      }
      counts[p.type] = (counts[p.type] ?? 0) + 1;
      if (e.path === '/api' || e.path === '/ovirt-engine/api') expect(p.type, e.file).toBe('entry');
      // a collection answer must be read as a collection, an object as an object
      const last = e.path.split('?')[0].split('/').pop()!;
      if (/^[a-z]+$/.test(last) && last !== 'api' && p.type !== 'entry' && p.type !== 'capabilities') {
        expect(p.type, `${e.file} ${e.path}`).toBe('collection');
      }
    }
    expect(counts.fault).toBe(recorded.filter((e) => e.status >= 400).length);
    expect(counts.entry).toBe(recorded.filter((e) => e.status === 200 && (e.path === '/api' || e.path === '/ovirt-engine/api')).length);
    expect(counts.collection).toBeGreaterThan(1700);
    expect(counts.resource).toBeGreaterThan(80);
    expect(counts.capabilities).toBe(1);
  });

  it('every item of every collection has an id, href and kind; links and actions are hrefs', () => {
    let items = 0;
    for (const e of recorded) {
      if (e.status !== 200 || e.path.includes('?rsdl')) continue;
      const p = parseBody({ text: read(e), contentType: e.contentType, status: 200, href: e.path, apiBase: apiBase(e.path) });
      if (p.type !== 'collection') continue;
      for (const it of p.collection.items) {
        items++;
        expect(it.kind).toBe(p.collection.itemKind);
        if (it.href) expect(it.href.startsWith(apiBase(it.href))).toBe(true);
        for (const h of [...Object.values(it.links), ...Object.values(it.actions)]) expect(h).toMatch(/^\/(ovirt-engine\/)?api\//);
      }
    }
    expect(items).toBeGreaterThan(4000);
  });

  it('the fast XML scanner builds exactly the tree fast-xml-parser builds', () => {
    let n = 0;
    for (const e of recorded) {
      const text = read(e);
      if (!text.trim().startsWith('<') || e.status >= 400) continue;
      expect(parseXmlTree(text), e.file).toEqual(parseXmlTreeStrict(text));
      n++;
    }
    expect(n).toBeGreaterThan(1900);
  });

  it('API model documentation examples parse or fail with a ParseError (some are elided with "...")', () => {
    const docs = entries('api-model-doc-examples');
    let ok = 0;
    for (const e of docs) {
      try {
        parseBody({ text: read(e), contentType: e.contentType, status: 200, href: e.path || undefined });
        ok++;
      } catch (err) {
        expect(err).toBeInstanceOf(ParseError);
      }
    }
    expect(ok).toBeGreaterThan(400);
  });
});
