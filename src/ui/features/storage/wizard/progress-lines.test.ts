import { describe, expect, it } from 'vitest';
import { lineState } from './progress-lines.ts';

describe('lineState', () => {
  it('runs the current step and keeps the next ones waiting', () => {
    expect(lineState('create', { step: 'create', finished: false })).toBe('running');
    expect(lineState('attach', { step: 'create', finished: false })).toBe('waiting');
    expect(lineState('create', { step: 'prepare', finished: false })).toBe('done');
    expect(lineState('prepare', { step: 'prepare', finished: false })).toBe('running');
  });

  it('marks everything done when the requests finished', () => {
    expect(lineState('attach', { step: 'attach', finished: true })).toBe('done');
    expect(lineState('prepare', { step: 'create', finished: true })).toBe('done');
  });

  it('marks the failed request and leaves the later ones waiting', () => {
    expect(lineState('create', { step: 'create', finished: false, failed: 'create' })).toBe('failed');
    expect(lineState('attach', { step: 'create', finished: false, failed: 'create' })).toBe('waiting');
    expect(lineState('create', { step: 'attach', finished: true, failed: 'attach' })).toBe('done');
    expect(lineState('attach', { step: 'attach', finished: true, failed: 'attach' })).toBe('failed');
  });
});
