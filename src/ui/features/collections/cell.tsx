// One table cell, by column kind (columns.ts decides the kinds). Plain-text twins of these
// renderings live in cell-text.ts (CSV export).
import type { Resource } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { SeverityLabel } from '../../components/severity-label.tsx';
import { StatusLabel } from '../../components/status-label.tsx';
import { displayName, isReference, isStructure, scalarText, statusOf, valueAt } from '../../lib/fields.ts';
import { formatBytes, formatDate, formatUptime } from '../../lib/format.ts';
import { RefLink } from '../resources/ref-link.tsx';
import { humanizeEnum, LIST_LIMIT, listTexts, showsUptime, statisticText, vcpusOf, versionText } from './cell-text.ts';
import type { ColumnDef } from './columns.ts';

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
    case 'uptime':
      if (typeof v !== 'string' || !showsUptime(item)) return null;
      return <span className="vantage-nowrap" title={formatDate(v)}>{formatUptime(v)}</span>;
    case 'number':
      return typeof v === 'number' ? <>{v.toLocaleString()}</> : typeof v === 'string' ? <>{v}</> : null;
    case 'boolean':
      return typeof v === 'boolean' ? <>{v ? 'Yes' : 'No'}</> : null;
    case 'vcpus': {
      const n = vcpusOf(v);
      return n === null ? null : <>{n}</>;
    }
    case 'version': {
      const text = versionText(v);
      return text ? <>{text}</> : null;
    }
    case 'list': {
      const texts = listTexts(v);
      if (!texts) return null;
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
