import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnginesConfig } from './config.ts';
import { tempDir } from './test-support.ts';

const tmp = tempDir('vantage-config-');
afterAll(() => tmp.remove());

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function write(name: string, content: unknown): string {
  const file = path.join(tmp.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadEnginesConfig', () => {
  it('reads engines and CA files relative to the config file', () => {
    mkdirSync(path.join(tmp.dir, 'certs'), { recursive: true });
    writeFileSync(path.join(tmp.dir, 'certs', 'prod-ca.pem'), PEM);
    const file = write('engines.json', {
      engines: [
        { id: 'prod', name: 'Production', url: 'https://engine.example', ca: 'certs/prod-ca.pem' },
        { id: 'lab', url: 'https://lab.example', insecure: true, apiBase: '/api' },
      ],
    });
    expect(loadEnginesConfig(file)).toEqual([
      { id: 'prod', name: 'Production', url: 'https://engine.example', ca: PEM },
      { id: 'lab', name: 'lab', url: 'https://lab.example', insecure: true, apiBase: '/api' },
    ]);
  });

  it.each([
    ['bad JSON', '{', /not valid JSON/],
    ['no engines', { engines: [] }, /at least one engine/],
    ['missing url', { engines: [{ id: 'a' }] }, /engines\[0\]: "url" is required/],
    ['bad url', { engines: [{ id: 'a', url: 'engine.example' }] }, /not a valid URL/],
    ['ftp url', { engines: [{ id: 'a', url: 'ftp://engine.example' }] }, /http:\/\/ or https:\/\//],
    ['duplicate id', { engines: [{ id: 'a', url: 'http://x' }, { id: 'a', url: 'http://y' }] }, /duplicate id "a"/],
    ['missing CA file', { engines: [{ id: 'a', url: 'https://x', ca: 'nope.pem' }] }, /cannot read CA file .*nope\.pem/],
    ['insecure not boolean', { engines: [{ id: 'a', url: 'https://x', insecure: 'yes' }] }, /insecure must be true or false/],
  ])('explains %s', (name, content, message) => {
    const file = write(`${name.replace(/\W/g, '-')}.json`, content);
    expect(() => loadEnginesConfig(file)).toThrow(message);
  });

  it('explains a missing file', () => {
    expect(() => loadEnginesConfig(path.join(tmp.dir, 'absent.json'))).toThrow(/cannot read the engines file \(ENOENT\)/);
  });

  it('refuses a CA file that is not PEM', () => {
    writeFileSync(path.join(tmp.dir, 'junk.pem'), 'hello');
    const file = write('junk.json', { engines: [{ id: 'a', url: 'https://x', ca: 'junk.pem' }] });
    expect(() => loadEnginesConfig(file)).toThrow(/not a PEM certificate/);
  });
});
