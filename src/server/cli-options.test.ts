import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options.ts';

describe('parseCliOptions', () => {
  it('uses the documented defaults', () => {
    const o = parseCliOptions([], {});
    expect(o).toMatchObject({ command: 'serve', port: 8080, enginePort: 8081, data: './.vantage', insecure: false, build: true });
    expect(o.engine).toBeUndefined();
  });

  it('reads every flag from the environment, flags winning', () => {
    const env = { VANTAGE_PORT: '9000', VANTAGE_ENGINE_PORT: '9001', VANTAGE_DATA: '/tmp/x', VANTAGE_ADMIN_PASSWORD: 'pw', VANTAGE_INSECURE: 'true' };
    expect(parseCliOptions([], env)).toMatchObject({ port: 9000, enginePort: 9001, data: '/tmp/x', adminPassword: 'pw', insecure: true });
    expect(parseCliOptions(['--port', '7000'], env).port).toBe(7000);
  });

  it('normalises a real engine URL and refuses nonsense', () => {
    expect(parseCliOptions(['--engine', 'https://rhvm.example.com/'], {}).engine).toBe('https://rhvm.example.com');
    expect(() => parseCliOptions(['--engine', 'not a url'], {})).toThrow(/must be a URL/);
    expect(() => parseCliOptions(['--engine', 'ftp://x'], {})).toThrow(/http/);
    expect(() => parseCliOptions(['--port', '99999'], {})).toThrow(/port number/);
    expect(() => parseCliOptions(['--bogus'], {})).toThrow();
  });

  it('reads the simulation and inventory options', () => {
    expect(parseCliOptions([], {})).toMatchObject({ speed: 1, seed: 1, faults: true, inventory: { kind: 'demo' } });
    expect(parseCliOptions(['--speed', '20', '--seed', '7', '--no-faults', '--inventory', 'scale:5000'], {})).toMatchObject({
      speed: 20, seed: 7, faults: false, inventory: { kind: 'scale', vms: 5000 },
    });
    expect(parseCliOptions([], { VANTAGE_FAULTS: '0', VANTAGE_INVENTORY: 'scale:10' })).toMatchObject({ faults: false, inventory: { kind: 'scale', vms: 10 } });
    expect(() => parseCliOptions(['--inventory', 'big'], {})).toThrow(/scale:N/);
    expect(() => parseCliOptions(['--speed', '-1'], {})).toThrow(/--speed/);
  });

  it('knows the fetch-ca command', () => {
    expect(parseCliOptions(['fetch-ca', 'https://e'], {})).toMatchObject({ command: 'fetch-ca', args: ['https://e'] });
    expect(() => parseCliOptions(['fetch-ca'], {})).toThrow(/engine URL/);
  });

  it('reads allowed host names from repeated flags or a comma-separated variable', () => {
    expect(parseCliOptions([], {}).allowedHosts).toEqual([]);
    expect(parseCliOptions(['--allowed-host', 'vantage.example.com', '--allowed-host', '.lab.example.org'], {}).allowedHosts).toEqual(['vantage.example.com', '.lab.example.org']);
    expect(parseCliOptions([], { VANTAGE_ALLOWED_HOSTS: 'a.example, .b.example,,' }).allowedHosts).toEqual(['a.example', '.b.example']);
    expect(parseCliOptions(['--allowed-host', 'flag.example'], { VANTAGE_ALLOWED_HOSTS: 'env.example' }).allowedHosts).toEqual(['flag.example']);
  });
});
