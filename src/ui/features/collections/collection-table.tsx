// The table itself: selectable rows, server-side sorting by header, and — for pages above
// VIRTUALIZE_ABOVE rows — only the rows in view are rendered (react-virtual), with spacer
// rows and aria-rowcount/aria-rowindex so it stays one table for screen readers.
import { Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { displayName } from '../../lib/fields.ts';
import { Cell } from './cell.tsx';
import type { ColumnDef } from './columns.ts';
import { useFrozenColumnWidths } from './frozen-column-widths.ts';

export const VIRTUALIZE_ABOVE = 200;
const ROW_HEIGHT = 37;
const SKELETON_ROWS = 5;
/** px: "Powering down", "Not responding" as a compact label */
const STATUS_MIN_WIDTH = 150;

export interface CollectionTableProps {
  title: string;
  columns: ColumnDef[];
  items: Resource[];
  loading: boolean;
  /** Sorting (by the engine) is offered when set. */
  sort?: { by: string; dir: 'asc' | 'desc'; onSort: (sortBy: string, dir: 'asc' | 'desc') => void };
  selection?: { isSelected: (item: Resource) => boolean; onToggle: (item: Resource, selected: boolean) => void; onTogglePage: (selected: boolean) => void };
}

export const rowKey = (item: Resource, i: number) => item.id ?? item.href ?? String(i);

export function CollectionTable({ title, columns, items, loading, sort, selection }: CollectionTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const virtual = !loading && items.length > VIRTUALIZE_ABOVE;
  // a refresh of the same page keeps the widths (re-measuring would shift columns every poll);
  // the columns by id, since a refresh hands over a new array of the same columns
  useFrozenColumnWidths(table, virtual, [columns.map((c) => c.id).join('\n'), items.length, items[0]?.id, !!selection]);
  const sortIndex = sort ? columns.findIndex((c) => !!sort.by && c.sortBy === sort.by) : -1;
  const allSelected = !!selection && items.length > 0 && items.every((it) => selection.isSelected(it));
  const colCount = columns.length + (selection ? 1 : 0);

  // Rows are memoized and get a stable toggle, and the virtualizer lives in VirtualRows below
  // the table: a scroll step then re-renders neither the table (whose context value is new on
  // every render, which would re-render every PatternFly cell) nor the rows already in view.
  const selectionRef = useRef(selection);
  useLayoutEffect(() => {
    selectionRef.current = selection;
  });
  const onToggle = useCallback((item: Resource, on: boolean) => selectionRef.current?.onToggle(item, on), []);
  const row = (item: Resource, i: number, measure?: (el: Element | null) => void) => (
    <CollectionRow
      key={rowKey(item, i)}
      item={item}
      index={i}
      columns={columns}
      virtual={virtual}
      selected={selection ? selection.isSelected(item) : undefined}
      onToggle={selection ? onToggle : undefined}
      measure={measure}
    />
  );

  let body;
  if (loading) {
    body = Array.from({ length: SKELETON_ROWS }, (_, i) => (
      <Tr key={i}>
        {Array.from({ length: colCount }, (_c, j) => (
          <Td key={j}>
            <Skeleton screenreaderText={i === 0 && j === 0 ? `Loading ${title.toLowerCase()}` : undefined} />
          </Td>
        ))}
      </Tr>
    ));
  } else if (virtual) {
    body = <VirtualRows items={items} colCount={colCount} scroller={scroller} renderRow={row} />;
  } else {
    body = items.map((item, i) => row(item, i));
  }

  const header = (
    <Thead>
      <Tr aria-rowindex={virtual ? 1 : undefined}>
        {selection && (
          <Th
            select={items.length && !loading ? { onSelect: (_e, isSelecting) => selection.onTogglePage(isSelecting), isSelected: allSelected } : undefined}
            aria-label="Row selection"
          />
        )}
        {columns.map((col, index) => (
          <Th
            key={col.id}
            modifier={col.kind === 'name' ? 'nowrap' : col.kind === 'text' ? 'truncate' : 'fitContent'}
            // held widths come from the first rows shown: leave room for the longest status
            data-min-width={col.kind === 'status' ? STATUS_MIN_WIDTH : undefined}
            // The truncation tooltip re-renders the header under the pointer and swallows
            // the click that sorts; the title is short enough to read without it.
            tooltip={null}
            sort={
              sort && col.sortBy
                ? {
                    columnIndex: index,
                    sortBy: { index: sortIndex >= 0 ? sortIndex : undefined, direction: sort.dir, defaultDirection: 'asc' },
                    onSort: (_e, _i, direction) => sort.onSort(col.sortBy!, direction),
                  }
                : undefined
            }
          >
            {col.title}
          </Th>
        ))}
      </Tr>
    </Thead>
  );

  return (
    <div ref={scroller} style={virtual ? { maxHeight: '70vh', overflow: 'auto' } : undefined} data-testid={virtual ? 'virtual-scroller' : undefined} tabIndex={virtual ? 0 : undefined} aria-label={virtual ? `${title} rows, scrollable` : undefined} role={virtual ? 'region' : undefined}>
      <Table ref={table} aria-label={`${title} table`} role="table" variant="compact" data-testid="collection-table" isStickyHeader aria-rowcount={virtual ? items.length + 1 : undefined} data-virtual={virtual || undefined}>
        {header}
        <Tbody>{body}</Tbody>
      </Table>
    </div>
  );
}

interface VirtualRowsProps {
  items: Resource[];
  colCount: number;
  scroller: RefObject<HTMLDivElement | null>;
  renderRow: (item: Resource, index: number, measure: (el: Element | null) => void) => ReactNode;
}

/** The rows in view and a spacer row above and below them. */
function VirtualRows({ items, colCount, scroller, renderRow }: VirtualRowsProps) {
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
  });
  const rows = virtualizer.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = rows.length ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  return (
    <>
      {top > 0 && (
        <tr aria-hidden="true" style={{ height: top }}>
          <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
        </tr>
      )}
      {rows.map((v) => renderRow(items[v.index], v.index, virtualizer.measureElement))}
      {bottom > 0 && (
        <tr aria-hidden="true" style={{ height: bottom }}>
          <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
        </tr>
      )}
    </>
  );
}

interface RowProps {
  item: Resource;
  index: number;
  columns: ColumnDef[];
  virtual: boolean;
  /** undefined when the table has no selection column */
  selected: boolean | undefined;
  onToggle: ((item: Resource, on: boolean) => void) | undefined;
  measure?: (el: Element | null) => void;
}

const CollectionRow = memo(function CollectionRow({ item, index, columns, virtual, selected, onToggle, measure }: RowProps) {
  return (
    <Tr data-testid="collection-row" data-id={item.id} aria-rowindex={virtual ? index + 2 : undefined} data-index={index} ref={measure} isRowSelected={selected}>
      {onToggle && (
        <Td
          select={{ rowIndex: index, onSelect: (_e, isSelecting) => onToggle(item, isSelecting), isSelected: !!selected }}
          aria-label={`Select ${displayName(item)}`}
          data-testid="row-select"
        />
      )}
      {columns.map((col) => (
        <Td key={col.id} dataLabel={col.title}>
          <Cell item={item} column={col} />
        </Td>
      ))}
    </Tr>
  );
});
