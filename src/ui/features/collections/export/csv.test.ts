import { describe, expect, it } from 'vitest';
import type { Resource, Value } from '../../../../api/resource.ts';
import { columnsFor } from '../columns.ts';
import { csvCell, csvFileName, csvText, itemsToCsv } from './csv.ts';

const res = (kind: string, id: string, fields: Record<string, Value>): Resource => ({ kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields, links: {}, actions: {} });

describe('csvCell', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('web1')).toBe('web1');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
  });
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('csvText', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(csvText(['Name', 'Status'], [['a', 'Up'], ['b,c', 'Down']])).toBe('Name,Status\r\na,Up\r\n"b,c",Down\r\n');
  });
});

describe('itemsToCsv', () => {
  it('writes values as the table shows them: names of references, humanized statuses, units', () => {
    const host = { kind: 'host', id: 'h1', href: '/ovirt-engine/api/hosts/h1', fields: { name: 'host01' }, links: {}, actions: {} };
    const vm = res('vm', '1', { name: '=evil', status: 'powering_up', memory: 2147483648, host, description: 'db, primary' });
    const cols = columnsFor('vm', [vm]);
    const csv = itemsToCsv(cols, [vm]);
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(cols.map((c) => c.title).join(','));
    expect(header.startsWith('Name,Status,Host')).toBe(true);
    expect(row).toContain("'=evil");
    expect(row).toContain('Powering up');
    expect(row).toContain('host01');
    expect(row).toContain('2 GiB');
    expect(row).toContain('"db, primary"');
  });
  it('names the file after the collection and the day', () => {
    expect(csvFileName('Virtual machines', new Date('2026-01-02T10:00:00Z'))).toBe('virtual-machines-2026-01-02.csv');
  });
});
