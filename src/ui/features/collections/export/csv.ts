// CSV text for spreadsheets (RFC 4180): quoted where needed, CRLF line ends, and cells that
// a spreadsheet would run as a formula (= + - @, tab, CR) defused with a leading quote —
// VM names and descriptions are user-controlled (OWASP "CSV injection").
import type { Resource } from '../../../../api/resource.ts';
import { cellText } from '../cell-text.ts';
import type { ColumnDef } from '../columns.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The table as CSV: the visible columns' titles, then each item's values as displayed. */
export function itemsToCsv(columns: ColumnDef[], items: Resource[]): string {
  return csvText(
    columns.map((c) => c.title),
    items.map((it) => columns.map((c) => cellText(it, c))),
  );
}

/** `virtual-machines-2026-11-25.csv` */
export function csvFileName(title: string, now = new Date()): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  return `${slug}-${now.toISOString().slice(0, 10)}.csv`;
}
