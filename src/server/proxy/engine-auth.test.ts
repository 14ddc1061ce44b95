import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEntryPoint } from './engine-auth.ts';

const fixture = (name: string) => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', name), 'utf8');

describe('parseEntryPoint', () => {
  it('reads a v4 entry point (recorded from oVirt 4.1)', () => {
    const facts = parseEntryPoint(fixture('entry-point-v4.xml'), 'application/xml;charset=UTF-8', false);
    expect(facts.info).toEqual({ admin: true, version: '4.1.0_master', productName: 'oVirt Engine' });
  });

  it('reads a v3 entry point, where the version is in attributes', () => {
    const facts = parseEntryPoint(fixture('entry-point-v3.xml'), 'application/xml', false);
    expect(facts.info).toEqual({ admin: true, version: '4.1.0_master', productName: 'oVirt Engine' });
  });

  it('treats a filtered caller or a missing summary as non-admin', () => {
    expect(parseEntryPoint(fixture('entry-point-v4.xml'), 'application/xml', true).info.admin).toBe(false);
    const noSummary = fixture('entry-point-v4.xml').replace(/<summary>[\s\S]*<\/summary>/, '');
    expect(parseEntryPoint(noSummary, 'application/xml', false).info.admin).toBe(false);
  });

  it('reads JSON and survives garbage', () => {
    const json = JSON.stringify({ product_info: { name: 'RHV', version: { major: '4', minor: '3', build: '1', revision: '0' } }, authenticated_user: { id: 'u1' } });
    expect(parseEntryPoint(json, 'application/json', false)).toEqual({ userId: 'u1', info: { admin: false, version: '4.3.1.0', productName: 'RHV' } });
    expect(parseEntryPoint('<html>oops', 'text/html', false).info.admin).toBe(false);
    expect(parseEntryPoint('{', 'application/json', false).info.admin).toBe(false);
  });
});
