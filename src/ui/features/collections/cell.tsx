// One table cell, by column kind (columns.ts decides the kinds).
import type { Resource } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { SeverityLabel } from '../../components/severity-label.tsx';
import { StatusLabel } from '../../components/status-label.tsx';
import { displayName, isReference, isStructure, scalarText, statusOf, unwrapList, valueAt } from '../../lib/fields.ts';
import { formatBytes, formatDate, formatStatistic, formatUptime } from '../../lib/format.ts';
import { humanize } from '../../lib/titles.ts';
import { RefLink } from '../resources/ref-link.tsx';
import type { ColumnDef } from './columns.ts';

const LIST_LIMIT = 3;
const NOT_RUNNING = new Set(['down', 'suspended', 'image_locked', 'unassigned', 'unknown']);

export function Cell({ item, column }: { item: Resource; column: ColumnDef }) {
  const v = valueAt(item, column.path);
  switch (column.kind) {
    case 'name': {
      const label = typeof v === 'string' || typeof v === 'number' ? String(v) : displayName(item);
      return item.href ? (
        <HrefLink href={item.href} data-testid="item-link">
          {label || item.id}
        </HrefLink>
      ) : (
        <>{label}</>
      );
    }
    case 'status': {
      const s = column.path === 'status' ? statusOf(item) : typeof v === 'string' ? v : undefined;
      return s ? <StatusLabel status={s} /> : null;
    }
    case 'severity':
      return typeof v === 'string' ? <SeverityLabel severity={v} /> : null;
    case 'ref':
      return isReference(v) ? <RefLink value={v} /> : null;
    case 'bytes':
      return typeof v === 'number' ? <span className="vantage-nowrap">{formatBytes(v)}</span> : null;
    case 'date':
      return typeof v === 'string' ? <time className="vantage-nowrap" dateTime={v}>{formatDate(v)}</time> : null;
    case 'uptime': {
      const s = statusOf(item);
      if (typeof v !== 'string' || (s && NOT_RUNNING.has(s))) return null;
      return <span className="vantage-nowrap" title={formatDate(v)}>{formatUptime(v)}</span>;
    }
    case 'number':
      return typeof v === 'number' ? <>{v.toLocaleString()}</> : typeof v === 'string' ? <>{v}</> : null;
    case 'boolean':
      return typeof v === 'boolean' ? <>{v ? 'Yes' : 'No'}</> : null;
    case 'vcpus': {
      if (!isStructure(v)) return null;
      const n = (k: string) => (typeof v.fields[k] === 'number' ? (v.fields[k] as number) : 1);
      return <>{n('sockets') * n('cores') * n('threads')}</>;
    }
    case 'version': {
      if (isStructure(v)) {
        const f = v.fields;
        if (typeof f.version_name === 'string' || typeof f.version_number === 'number') return <>{[f.version_name, f.version_number !== undefined ? `(${f.version_number})` : ''].filter(Boolean).join(' ')}</>;
        if (f.major !== undefined) return <>{`${f.major}.${f.minor ?? 0}`}</>;
      }
      return typeof v === 'string' ? <>{v}</> : null;
    }
    case 'list': {
      const list = unwrapList(v);
      if (!Array.isArray(list)) return null;
      const texts = list.map((x) => (x === null || typeof x === 'object' ? (isStructure(x) ? displayName(x) : '') : humanizeEnum(scalarText(x)))).filter(Boolean);
      // Long lists (cluster levels' CPU types) would swamp the row: show a few and count the rest.
      const shown = texts.slice(0, LIST_LIMIT).join(', ');
      return texts.length > LIST_LIMIT ? <span title={texts.join(', ')}>{`${shown} and ${texts.length - LIST_LIMIT} more`}</span> : <>{shown}</>;
    }
    case 'statistic':
      return <span className="vantage-nowrap">{statisticText(item)}</span>;
    default:
      if (v === null || v === undefined) return null;
      if (typeof v === 'object') return isStructure(v) ? <>{displayName(v)}</> : null;
      return <>{typeof v === 'string' ? humanizeEnum(v) : scalarText(v)}</>;
  }
}

/** Enum values arrive lower-case (`rhel_8x64`, `virtio_scsi`); leave them alone unless they
 * are plainly words. */
function humanizeEnum(s: string): string {
  return /^[a-z]+(_[a-z]+)*$/.test(s) && s.length < 30 ? humanize(s) : s;
}

/** A statistic's current value(s) in its unit (`values{value[{datum}]}`). */
function statisticText(item: Resource): string {
  const list = unwrapList(item.fields.values);
  const unit = typeof item.fields.unit === 'string' ? item.fields.unit : 'none';
  if (!Array.isArray(list)) return '';
  return list
    .map((x) => (isStructure(x) ? x.fields.datum ?? x.fields.detail : x))
    .filter((d): d is number | string => typeof d === 'number' || typeof d === 'string')
    .map((d) => (typeof d === 'number' ? formatStatistic(d, unit) : d))
    .join(', ');
}
