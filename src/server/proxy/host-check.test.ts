import { describe, expect, it } from 'vitest';
import { hostCheck, hostName } from './host-check.ts';

describe('hostName', () => {
  it.each([
    ['127.0.0.1:8080', '127.0.0.1'],
    ['LOCALHOST', 'localhost'],
    ['[::1]:8080', '::1'],
    ['[fe80::1]', 'fe80::1'],
    ['vantage.example.com.:443', 'vantage.example.com'],
  ])('%s → %s', (host, name) => expect(hostName(host)).toBe(name));

  it.each(['[::1', '[::1]x', 'a:b:c', 'host:port'])('refuses the malformed %s', (host) => expect(hostName(host)).toBeUndefined());
});

describe('hostCheck', () => {
  const check = hostCheck(['vantage.example.com', '.lab.example.org']);
  it.each(['127.0.0.1:8080', '192.0.2.10', '[::1]:8080', 'localhost:8080', 'app.localhost', 'VANTAGE.example.com:8443', 'rhv.lab.example.org', 'lab.example.org', undefined])(
    'answers Host %s',
    (host) => expect(check.allows(host)).toBe(true),
  );
  it.each(['attacker.example', 'vantage.example.com.attacker.example', 'evil-lab.example.org', 'localhost.attacker.example', '[::1', 'a:b:c'])(
    'refuses Host %s',
    (host) => expect(check.allows(host)).toBe(false),
  );
  it('answers only addresses and localhost when nothing is configured', () => {
    expect(hostCheck().allows('vantage.example.com')).toBe(false);
    expect(hostCheck().allows('10.1.2.3:8080')).toBe(true);
  });
});
