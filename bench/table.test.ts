import { describe, expect, it } from 'vitest';
import { withinTarget } from './proxy.ts';
import { formatMarkdown, formatTable, ratioText, type Row } from './table.ts';

const rows: Row[] = [
  { section: 'Engine', what: 'GET /vms?max=100 XML', figure: 'p50 12.0 ms', value: 12, ratio: 3.456, baseline: 'loopback' },
  { section: 'App', what: 'bundle', figure: 'n/a (no dist/)' },
  { section: 'Proxy', what: 'a | b', figure: '1 ms', ratio: 25.4, verdict: 'pass' },
];

describe('result table', () => {
  it('aligns columns and shows ratios', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Section \| What/);
    const bar = lines[0].indexOf('| What');
    for (const l of lines.slice(2)) expect(l.indexOf('|')).toBe(bar);
    expect(lines[2]).toContain('3.46×');
    expect(lines[3]).toContain('n/a (no dist/)');
    expect(lines[4]).toContain('25×');
    expect(lines[4]).toMatch(/pass$/);
  });

  it('escapes pipes in markdown and marks missing ratios', () => {
    const md = formatMarkdown(rows);
    expect(md).toContain('a \\| b');
    expect(ratioText(rows[1])).toBe('—');
  });
});

describe('proxy target', () => {
  it('allows 15 % or 2 ms, whichever is larger', () => {
    expect(withinTarget(11.9, 10)).toBe(true); // +2 ms wins below 13.3 ms
    expect(withinTarget(12.1, 10)).toBe(false);
    expect(withinTarget(114, 100)).toBe(true); // ×1.15 wins above
    expect(withinTarget(116, 100)).toBe(false);
  });
});
