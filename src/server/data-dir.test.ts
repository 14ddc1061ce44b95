import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDataDir, resolveAdminPassword } from './data-dir.ts';

describe('data dir', () => {
  it('generates an admin password once, stores it 0600 and reuses it', () => {
    const dir = prepareDataDir(path.join(mkdtempSync(path.join(tmpdir(), 'vantage-')), 'data'), false);
    const first = resolveAdminPassword(dir, undefined);
    expect(first.generated).toBe(true);
    expect(first.password.length).toBeGreaterThanOrEqual(12);
    const file = path.join(dir, 'admin-password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = resolveAdminPassword(dir, undefined);
    expect(second).toEqual({ password: first.password, generated: false });
    expect(resolveAdminPassword(dir, 'given').password).toBe('given');
    expect(readFileSync(file, 'utf8').trim()).toBe('given');
  });

  it('--fresh removes only the engine database', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vantage-'));
    writeFileSync(path.join(dir, 'engine.db'), 'x');
    writeFileSync(path.join(dir, 'keep.txt'), 'x');
    prepareDataDir(dir, true);
    expect(existsSync(path.join(dir, 'engine.db'))).toBe(false);
    expect(existsSync(path.join(dir, 'keep.txt'))).toBe(true);
  });
});
