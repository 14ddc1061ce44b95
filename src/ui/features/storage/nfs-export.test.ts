import { describe, expect, it } from 'vitest';
import { parseNfsExport } from './nfs-export.ts';

describe('parseNfsExport', () => {
  it('splits a host name and an absolute path', () => {
    expect(parseNfsExport(' nfs.example.com:/exports/data ')).toEqual({ ok: true, value: { address: 'nfs.example.com', path: '/exports/data' } });
  });

  it('accepts IPv4 and bracketed IPv6 servers', () => {
    expect(parseNfsExport('192.168.1.10:/srv/iso')).toEqual({ ok: true, value: { address: '192.168.1.10', path: '/srv/iso' } });
    expect(parseNfsExport('[fd00::1]:/exports')).toEqual({ ok: true, value: { address: '[fd00::1]', path: '/exports' } });
  });

  it('drops a trailing slash but keeps the root', () => {
    expect(parseNfsExport('nas:/exports/data/')).toMatchObject({ value: { path: '/exports/data' } });
    expect(parseNfsExport('nas:/')).toMatchObject({ value: { path: '/' } });
  });

  it('explains what is wrong in each malformed shape', () => {
    const problem = (s: string) => {
      const r = parseNfsExport(s);
      return r.ok ? null : r.problem;
    };
    expect(problem('')).toMatch(/server:\/path/);
    expect(problem('nfs.example.com/exports')).toMatch(/Separate the server/);
    expect(problem(':/exports')).toMatch(/server is missing/);
    expect(problem('nfs.example.com:exports')).toMatch(/must be absolute/);
    expect(problem('nfs example:/exports')).toMatch(/not a valid server name/);
    expect(problem('300.1.1.1:/x')).toMatch(/not a valid IPv4/);
    expect(problem('[fd00::1/x')).toMatch(/closing "\]"/);
    expect(problem('[fd00::1]/x')).toMatch(/Separate the server/);
    expect(problem('[zz]:/x')).toMatch(/not a valid IPv6/);
    expect(problem('nas:/my exports')).toMatch(/spaces/);
    expect(problem('nas:/a//b')).toMatch(/empty segment/);
  });
});
