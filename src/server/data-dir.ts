// The embedded engine's data directory and the admin password kept in it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function prepareDataDir(dir: string, fresh: boolean): string {
  const abs = path.resolve(dir);
  if (fresh && existsSync(abs)) {
    // Only what the engine writes is removed, so a mistyped --data cannot wipe a home directory.
    for (const name of ['engine.db', 'engine.db-wal', 'engine.db-shm']) rmSync(path.join(abs, name), { force: true });
  }
  mkdirSync(abs, { recursive: true, mode: 0o700 });
  return abs;
}

/** The password given on the command line wins (and is remembered); otherwise the stored one;
 * otherwise a new one is generated, stored with mode 0600 and reported as generated. */
export function resolveAdminPassword(dataDir: string, given: string | undefined): { password: string; generated: boolean } {
  const file = path.join(dataDir, 'admin-password');
  if (given) {
    writeFileSync(file, `${given}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return { password: given, generated: false };
  }
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return { password: stored, generated: false };
  }
  const password = randomBytes(12).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { password, generated: true };
}
