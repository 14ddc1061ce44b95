import { describe, expect, it } from 'vitest';
import { deviceNameProblem, VM_NAME_MAX, vmNameProblem } from './vm-name.ts';

describe('vmNameProblem', () => {
  it('accepts letters, digits, dot, dash and underscore, including non-ASCII letters', () => {
    expect(vmNameProblem('web-01.prod_a')).toBeUndefined();
    expect(vmNameProblem('serveur-é')).toBeUndefined();
  });
  it('refuses empty names, spaces and other characters', () => {
    expect(vmNameProblem('')).toMatch(/required/);
    expect(vmNameProblem('  ')).toMatch(/required/);
    expect(vmNameProblem(' web')).toMatch(/spaces/);
    expect(vmNameProblem('web 01')).toMatch(/only letters/);
    expect(vmNameProblem('web/01')).toMatch(/only letters/);
    expect(vmNameProblem('web*')).toMatch(/only letters/);
  });
  it('limits the length to the engine default', () => {
    expect(vmNameProblem('a'.repeat(VM_NAME_MAX))).toBeUndefined();
    expect(vmNameProblem('a'.repeat(VM_NAME_MAX + 1))).toMatch(/at most 64/);
  });
});

describe('deviceNameProblem', () => {
  it('applies the same characters with its own length', () => {
    expect(deviceNameProblem('nic1')).toBeUndefined();
    expect(deviceNameProblem('nic 1')).toMatch(/only letters/);
    expect(deviceNameProblem('abcdef', 5)).toMatch(/at most 5/);
  });
});
