import { describe, expect, it } from 'vitest';
import { isBackgroundFetch, markActivityAt } from './user-activity.ts';

describe('isBackgroundFetch', () => {
  it('treats first loads and refetches right after user input as foreground', () => {
    markActivityAt(10_000);
    expect(isBackgroundFetch(false, 60_000)).toBe(false);
    expect(isBackgroundFetch(true, 11_000)).toBe(false);
  });
  it('treats refetches long after the last input as background polls', () => {
    markActivityAt(10_000);
    expect(isBackgroundFetch(true, 20_000)).toBe(true);
  });
});
