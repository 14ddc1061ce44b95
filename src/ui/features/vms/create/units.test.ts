import { describe, expect, it } from 'vitest';
import { countProblem, diskSizeProblem, fromBytes, GiB, memoryProblem, MiB, toBytes } from './units.ts';

describe('toBytes / fromBytes', () => {
  it('converts MiB and GiB to bytes', () => {
    expect(toBytes('1', 'GiB')).toBe(1073741824);
    expect(toBytes('512', 'MiB')).toBe(536870912);
    expect(toBytes(1.5, 'GiB')).toBe(1610612736);
  });
  it('refuses what is not a positive number', () => {
    expect(toBytes('', 'GiB')).toBeNaN();
    expect(toBytes('abc', 'MiB')).toBeNaN();
    expect(toBytes('-1', 'MiB')).toBeNaN();
    expect(toBytes('0', 'GiB')).toBeNaN();
  });
  it('shows whole GiB as GiB and the rest as MiB', () => {
    expect(fromBytes(4 * GiB)).toEqual({ amount: '4', unit: 'GiB' });
    expect(fromBytes(1536 * MiB)).toEqual({ amount: '1536', unit: 'MiB' });
  });
});

describe('problems', () => {
  it('memory', () => {
    expect(memoryProblem('2', 'GiB')).toBeUndefined();
    expect(memoryProblem('0.5', 'MiB')).toMatch(/whole number of MiB/);
    expect(memoryProblem('x', 'GiB')).toMatch(/positive/);
    expect(memoryProblem(String(6 * 1024), 'GiB')).toBeUndefined();
    expect(memoryProblem(String(6 * 1024 + 1), 'GiB')).toMatch(/At most 6 TiB/);
  });
  it('disk size', () => {
    expect(diskSizeProblem('10')).toBeUndefined();
    expect(diskSizeProblem('1.5')).toMatch(/whole/);
    expect(diskSizeProblem('0')).toMatch(/positive/);
  });
  it('cpu counts', () => {
    expect(countProblem('2', 16)).toBeUndefined();
    expect(countProblem('0', 16)).toMatch(/at least 1/);
    expect(countProblem('17', 16)).toMatch(/At most 16/);
  });
});
