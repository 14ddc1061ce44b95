import { describe, expect, it } from 'vitest';
import { applyTheme, DARK_CLASS } from './theme.ts';

// A stand-in for <html>: only classList matters to applyTheme.
function fakeRoot() {
  const classes = new Set<string>();
  return {
    classes,
    classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
  } as unknown as Element & { classes: Set<string> };
}

describe('applyTheme', () => {
  it('adds and removes the PatternFly dark class', () => {
    const root = fakeRoot();
    applyTheme('dark', root);
    expect((root as unknown as { classes: Set<string> }).classes.has(DARK_CLASS)).toBe(true);
    applyTheme('light', root);
    expect((root as unknown as { classes: Set<string> }).classes.has(DARK_CLASS)).toBe(false);
  });
});
