// Any field value, readable: scalars formatted, dates localised, references linked, lists
// and nested structures laid out as nested description lists.
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { Structure, Value } from '../../../api/resource.ts';
import { SeverityLabel } from '../../components/severity-label.tsx';
import { StatusLabel } from '../../components/status-label.tsx';
import { isReference, isStructure, scalarText, unwrapList } from '../../lib/fields.ts';
import { formatBytes, formatDate, looksLikeDate } from '../../lib/format.ts';
import { humanize } from '../../lib/titles.ts';
import { RefLink } from './ref-link.tsx';

// Fields whose values are entity states (other `*_status` fields, like kdump_status, are settings).
const STATUS_FIELDS = new Set(['status', 'external_status', 'snapshot_status', 'spm_status']);
const BYTE_FIELDS = /(^|_)(memory|size|available|used|committed|max_scheduling_memory|guaranteed|max|actual_size|provisioned_size|total_size|initial_size)$/;

export function ValueView({ name, value, eager = false, depth = 0 }: { name: string; value: Value | undefined; eager?: boolean; depth?: number }) {
  if (value === null || value === undefined || value === '') return <span aria-label="not set">—</span>;
  if (typeof value === 'number' && BYTE_FIELDS.test(name) && value >= 1024) {
    return (
      <span title={`${value.toLocaleString()} bytes`}>{formatBytes(value)}</span>
    );
  }
  if (typeof value === 'string' && STATUS_FIELDS.has(name)) return <StatusLabel status={value} />;
  if (typeof value === 'string' && name === 'severity') return <SeverityLabel severity={value} />;
  if (looksLikeDate(value)) return <time dateTime={value}>{formatDate(value)}</time>;
  if (typeof value !== 'object') return <>{typeof value === 'string' && /^[a-z]+(_[a-z]+)+$/.test(value) && name !== 'name' ? humanize(value) : scalarText(value)}</>;
  if (isReference(value)) return <RefLink value={value} eager={eager} />;
  const list = unwrapList(value);
  if (Array.isArray(list)) {
    if (list.length === 0) return <span>—</span>;
    if (list.every((v) => typeof v !== 'object' || v === null)) return <>{list.map((v) => (v === null ? '' : scalarText(v))).join(', ')}</>;
    return (
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((v, i) => (
          <li key={i} style={{ marginBottom: '0.25rem' }}>
            <ValueView name={name} value={v} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  if (isStructure(value)) return <StructureView structure={value} depth={depth + 1} />;
  return null;
}

export function StructureView({ structure, depth }: { structure: Structure; depth: number }) {
  const entries = Object.entries(structure.fields).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length === 0) return <span>—</span>;
  if (depth > 4) return <code>{JSON.stringify(structure.fields)}</code>;
  return (
    <DescriptionList isCompact isHorizontal horizontalTermWidthModifier={{ default: '14ch' }}>
      {entries.map(([k, v]) => (
        <DescriptionListGroup key={k}>
          <DescriptionListTerm>{humanize(k)}</DescriptionListTerm>
          <DescriptionListDescription>
            <ValueView name={k} value={v} depth={depth} />
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}
