// A cell's value as the table shows it, in plain text: what CSV export writes, so a
// spreadsheet holds the same names, statuses and units the admin saw.
import type { Resource } from '../../../api/resource.ts';
import { displayName, isReference, isStructure, scalarText, statusOf, unwrapList, valueAt } from '../../lib/fields.ts';
import { formatBytes, formatDate, formatStatistic, formatUptime } from '../../lib/format.ts';
import { humanize } from '../../lib/titles.ts';
import type { ColumnDef } from './columns.ts';

export const LIST_LIMIT = 3;
const NOT_RUNNING = new Set(['down', 'suspended', 'image_locked', 'unassigned', 'unknown']);

/** Enum values arrive lower-case (`rhel_8x64`, `virtio_scsi`); leave them alone unless they
 * are plainly words. */
export function humanizeEnum(s: string): string {
  return /^[a-z]+(_[a-z]+)*$/.test(s) && s.length < 30 ? humanize(s) : s;
}

/** A statistic's current value(s) in its unit (`values{value[{datum}]}`). */
export function statisticText(item: Resource): string {
  const list = unwrapList(item.fields.values);
  const unit = typeof item.fields.unit === 'string' ? item.fields.unit : 'none';
  if (!Array.isArray(list)) return '';
  return list
    .map((x) => (isStructure(x) ? x.fields.datum ?? x.fields.detail : x))
    .filter((d): d is number | string => typeof d === 'number' || typeof d === 'string')
    .map((d) => (typeof d === 'number' ? formatStatistic(d, unit) : d))
    .join(', ');
}

/** Texts of a list-valued field (names of structures, humanized scalars). */
export function listTexts(v: ReturnType<typeof valueAt>): string[] | null {
  const list = unwrapList(v);
  if (!Array.isArray(list)) return null;
  return list.map((x) => (x === null || typeof x === 'object' ? (isStructure(x) ? displayName(x) : '') : humanizeEnum(scalarText(x)))).filter(Boolean);
}

export function versionText(v: ReturnType<typeof valueAt>): string {
  if (isStructure(v)) {
    const f = v.fields;
    if (typeof f.version_name === 'string' || typeof f.version_number === 'number') return [f.version_name, f.version_number !== undefined ? `(${String(f.version_number)})` : ''].filter(Boolean).join(' ');
    if (f.major !== undefined) return `${String(f.major)}.${String(f.minor ?? 0)}`;
  }
  return typeof v === 'string' ? v : '';
}

export function vcpusOf(v: ReturnType<typeof valueAt>): number | null {
  if (!isStructure(v)) return null;
  const n = (k: string) => (typeof v.fields[k] === 'number' ? (v.fields[k] as number) : 1);
  return n('sockets') * n('cores') * n('threads');
}

/** Uptime shows only for running items. */
export function showsUptime(item: Resource): boolean {
  const s = statusOf(item);
  return !(s && NOT_RUNNING.has(s));
}

export function cellText(item: Resource, column: ColumnDef): string {
  const v = valueAt(item, column.path);
  switch (column.kind) {
    case 'name': {
      const label = typeof v === 'string' || typeof v === 'number' ? String(v) : displayName(item);
      return label || item.id || '';
    }
    case 'status': {
      const s = column.path === 'status' ? statusOf(item) : typeof v === 'string' ? v : undefined;
      return s ? humanize(s) : '';
    }
    case 'severity':
      return typeof v === 'string' ? humanize(v.toLowerCase()) : '';
    case 'ref':
      return isReference(v) ? displayName(v) || v.id || '' : '';
    case 'bytes':
      return typeof v === 'number' ? formatBytes(v) : '';
    case 'date':
      return typeof v === 'string' ? formatDate(v) : '';
    case 'uptime':
      return typeof v === 'string' && showsUptime(item) ? formatUptime(v) : '';
    case 'number':
      return typeof v === 'number' ? v.toLocaleString() : typeof v === 'string' ? v : '';
    case 'boolean':
      return typeof v === 'boolean' ? (v ? 'Yes' : 'No') : '';
    case 'vcpus': {
      const n = vcpusOf(v);
      return n === null ? '' : String(n);
    }
    case 'version':
      return versionText(v);
    case 'list':
      // The export carries the whole list, not the on-screen "and N more".
      return listTexts(v)?.join(', ') ?? '';
    case 'statistic':
      return statisticText(item);
    default:
      if (v === null || v === undefined) return '';
      if (typeof v === 'object') return isStructure(v) ? displayName(v) : '';
      return typeof v === 'string' ? humanizeEnum(v) : scalarText(v);
  }
}
