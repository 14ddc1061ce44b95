import { describe, expect, it } from 'vitest';
import { FAST_FORWARD_MS, FOCUSED_INTERVAL_MS, HIDDEN_INTERVAL_MS, fastForwardDelay, pollInterval, refreshRate, setRefreshRate, subscribeRefreshRate } from './polling.ts';

describe('pollInterval', () => {
  it('polls fast only when the window is visible and focused', () => {
    expect(pollInterval({ visibilityState: 'visible', hasFocus: () => true })).toBe(FOCUSED_INTERVAL_MS);
    expect(pollInterval({ visibilityState: 'visible', hasFocus: () => false })).toBe(HIDDEN_INTERVAL_MS);
    expect(pollInterval({ visibilityState: 'hidden', hasFocus: () => false })).toBe(HIDDEN_INTERVAL_MS);
  });
  it('follows the chosen refresh rate, never faster than 60 s in the background, and can be off', () => {
    const seen: Array<number | false> = [];
    const stop = subscribeRefreshRate(() => seen.push(refreshRate()));
    try {
      setRefreshRate(5_000);
      expect(pollInterval({ visibilityState: 'visible', hasFocus: () => true })).toBe(5_000);
      expect(pollInterval({ visibilityState: 'hidden', hasFocus: () => false })).toBe(HIDDEN_INTERVAL_MS);
      setRefreshRate(false);
      expect(pollInterval({ visibilityState: 'visible', hasFocus: () => true })).toBe(false);
      expect(seen).toEqual([5_000, false]);
    } finally {
      stop();
      setRefreshRate(FOCUSED_INTERVAL_MS);
    }
  });
});

describe('fastForwardDelay', () => {
  it('starts at half a second and slows down', () => {
    expect(fastForwardDelay(0, true)).toBe(500);
    expect(fastForwardDelay(5, true)).toBe(1000);
    expect(fastForwardDelay(8, true)).toBe(2000);
  });
  it('keeps polling through the first steps even if the status looks settled', () => {
    expect(fastForwardDelay(0, false)).toBe(500);
    expect(fastForwardDelay(1, false)).toBe(500);
    expect(fastForwardDelay(2, false)).toBeNull();
  });
  it('holds at the slowest fast rate while transitional, and gives up eventually', () => {
    expect(fastForwardDelay(FAST_FORWARD_MS.length + 3, true)).toBe(2000);
    expect(fastForwardDelay(FAST_FORWARD_MS.length + 3, false)).toBeNull();
    expect(fastForwardDelay(40, true)).toBeNull();
  });
});
