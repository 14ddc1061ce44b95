import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markReadUpTo, readUpTo, sessionStart, startSession } from './session-start.ts';

// sessionStorage as the browser has it, for Node
class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, String(v)); }
  removeItem(k: string) { this.m.delete(k); }
}

describe('session start', () => {
  const g = globalThis as { sessionStorage?: unknown };
  beforeEach(() => {
    g.sessionStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete g.sessionStorage;
  });

  it('keeps the first start across later reads (reloads of the tab)', () => {
    expect(sessionStart(1000)).toBe(1000);
    expect(sessionStart(5000)).toBe(1000);
  });

  it('starts again at login, forgetting what was read before', () => {
    sessionStart(1000);
    markReadUpTo(42);
    startSession(2000);
    expect(sessionStart(9000)).toBe(2000);
    expect(readUpTo()).toBe(-1);
  });
});
