import { describe, expect, it } from 'vitest';
import { nameProblem } from './names.ts';

describe('nameProblem', () => {
  it('accepts engine-valid names', () => {
    expect(nameProblem('web01-clone')).toBeUndefined();
    expect(nameProblem(' tpl_1.0 ')).toBeUndefined();
  });
  it('refuses empty, long and odd names', () => {
    expect(nameProblem('  ')).toMatch(/required/);
    expect(nameProblem('x'.repeat(65))).toMatch(/64/);
    expect(nameProblem('my vm')).toMatch(/allowed/);
    expect(nameProblem('a/b')).toMatch(/allowed/);
  });
});
