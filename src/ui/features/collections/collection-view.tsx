// A collection, whatever its type: search box, paging, and a compact table whose columns
// suit the item type. Used for top-level lists and for detail-page tabs alike.
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Pagination,
  SearchInput,
  Skeleton,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import CubesIcon from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { faultOf } from '../../app/api-errors.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { useCollection } from './api/get-collection.ts';
import { Cell } from './cell.tsx';
import { columnsFor, followFor } from './columns.ts';
import { PAGE_SIZES, searchExpression, type ListParams } from './list-params.ts';

export interface CollectionViewProps {
  href: string;
  /** "Virtual machines": used for the table's and the search box's accessible names. */
  title: string;
  /** Item type when known before loading (from the path), for columns and `follow`. */
  itemKind?: string;
  params: ListParams;
  onParamsChange: (changes: Partial<ListParams>) => void;
  /** Whether the engine can search this collection (it has a `…/search` link). */
  searchable?: boolean;
}

const SKELETON_ROWS = 5;

export function CollectionView({ href, title, itemKind, params, onParamsChange, searchable = true }: CollectionViewProps) {
  const [followRefused, setFollowRefused] = useState(false);
  const follow = followRefused ? undefined : followFor(itemKind);
  // Collections without search ignore `search`/`sort` in the URL rather than send what the
  // engine would refuse.
  // oVirt pages through `page N` inside the search, so only searchable collections have pages;
  // the others are cut at `max`.
  const page = searchable ? params.page : 1;
  const query = useCollection(href, { search: searchable ? searchExpression(params) : '', page, max: params.max, follow });
  const [draft, setDraft] = useState(params.search);
  const root = useRef<HTMLDivElement>(null);
  // `/` jumps to the search box, as in most consoles, unless the user is typing somewhere.
  useEffect(() => {
    if (!searchable) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const input = root.current?.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
      if (!input) return;
      e.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchable]);
  useEffect(() => setDraft(params.search), [params.search]);

  // Engines before 4.2 refuse `follow`; names then resolve on hover instead.
  const fault = faultOf(query.error);
  const followError = !!follow && fault?.status === 400 && /follow/i.test(`${fault.reason} ${fault.detail ?? ''}`);
  useEffect(() => {
    if (followError) setFollowRefused(true);
  }, [followError]);

  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const kind = query.data?.itemKind ?? itemKind ?? '';
  const columns = useMemo(() => columnsFor(kind, items), [kind, items]);
  const count = items.length;
  const sortIndex = columns.findIndex((x) => !!params.sort && x.sortBy === params.sort);
  const lastPage = !searchable || (!query.isPlaceholderData && count < params.max);
  const itemCount = lastPage ? (page - 1) * params.max + count : page * params.max + 1;
  const truncated = !searchable && count >= params.max;

  const pagination = (variant: 'top' | 'bottom') => (
    <Pagination
      variant={variant}
      isCompact
      perPage={params.max}
      page={page}
      itemCount={itemCount}
      perPageOptions={PAGE_SIZES.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, page) => onParamsChange({ page })}
      onPerPageSelect={(_e, max) => onParamsChange({ max, page: 1 })}
      toggleTemplate={({ firstIndex, lastIndex }) => (
        <>
          <b>
            {count ? firstIndex : 0} - {count ? lastIndex : 0}
          </b>
        </>
      )}
      titles={{ paginationAriaLabel: `${title} pagination, ${variant}` }}
      widgetId={`pagination-${variant}`}
      isDisabled={query.isPending}
    />
  );

  return (
    <div data-testid="collection-view" ref={root}>
      <Toolbar>
        <ToolbarContent>
          {searchable && (
            <ToolbarItem style={{ flex: '1 1 24rem', maxWidth: '48rem' }}>
              <SearchInput
                aria-label={`Search ${title}`}
                placeholder={searchPlaceholder(kind)}
                value={draft}
                onChange={(_e, v) => setDraft(v)}
                onSearch={(_e, v) => onParamsChange({ search: v.trim(), page: 1 })}
                onClear={() => {
                  setDraft('');
                  onParamsChange({ search: '', page: 1 });
                }}
                submitSearchButtonLabel="Search"
              />
            </ToolbarItem>
          )}
          {truncated && (
            <ToolbarItem>
              <span data-testid="truncated-hint">Showing the first {count}. This collection has no paging; choose a larger page size to see more.</span>
            </ToolbarItem>
          )}
          {!(query.error && !followError) && (
            <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
              {pagination('top')}
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      {query.error && !followError ? (
        <ErrorState
          error={query.error}
          what={title.toLowerCase()}
          onRetry={() => query.refetch()}
          secondary={params.search || params.sort || params.page > 1 ? { label: 'Clear search, sorting and paging', onClick: () => onParamsChange({ search: '', sort: '', page: 1 }) } : undefined}
        />
      ) : (
        <>
          <Table aria-label={`${title} table`} role="table" variant="compact" data-testid="collection-table" isStickyHeader>
            <Thead>
              <Tr>
                {columns.map((col, index) => (
                  <Th
                    key={col.id}
                    modifier={col.kind === 'name' || col.kind === 'text' ? 'truncate' : 'fitContent'}
                    // Sorting is the engine's (`sortby` in the search), so only searchable lists sort.
                    sort={
                      searchable && col.sortBy
                        ? {
                            columnIndex: index,
                            sortBy: { index: sortIndex >= 0 ? sortIndex : undefined, direction: params.dir, defaultDirection: 'asc' },
                            onSort: (_e, _i, direction) => onParamsChange({ sort: col.sortBy, dir: direction, page: 1 }),
                          }
                        : undefined
                    }
                  >
                    {col.title}
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {query.isPending || followError
                ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                    <Tr key={i}>
                      {columns.map((col) => (
                        <Td key={col.id}>
                          <Skeleton screenreaderText={i === 0 ? `Loading ${title.toLowerCase()}` : undefined} />
                        </Td>
                      ))}
                    </Tr>
                  ))
                : items.map((item, i) => (
                    <Tr key={item.id ?? item.href ?? i} data-testid="collection-row" data-id={item.id}>
                      {columns.map((col) => (
                        <Td key={col.id} dataLabel={col.title}>
                          <Cell item={item} column={col} />
                        </Td>
                      ))}
                    </Tr>
                  ))}
            </Tbody>
          </Table>
          {!query.isPending && !followError && count === 0 && (
            <EmptyState headingLevel="h2" icon={params.search ? SearchIcon : CubesIcon} titleText={params.search ? 'No results found' : `No ${title.toLowerCase()}`} variant="sm" data-testid="empty-state">
              <EmptyStateBody>
                {params.search ? `Nothing matches “${params.search}”${page > 1 ? ` on page ${page}` : ''}.` : page > 1 ? `Page ${page} is empty.` : 'The engine returned no items.'}
              </EmptyStateBody>
              {(params.search || page > 1) && (
                <EmptyStateFooter>
                  <EmptyStateActions>
                    {params.search && (
                      <Button variant="link" onClick={() => onParamsChange({ search: '', page: 1 })}>
                        Clear search
                      </Button>
                    )}
                    {page > 1 && (
                      <Button variant="link" onClick={() => onParamsChange({ page: 1 })}>
                        Go to the first page
                      </Button>
                    )}
                  </EmptyStateActions>
                </EmptyStateFooter>
              )}
            </EmptyState>
          )}
          {count > 0 && pagination('bottom')}
        </>
      )}
    </div>
  );
}

const EXAMPLES: Record<string, string> = {
  vm: 'status = up and name = web*',
  host: 'status = up and cluster = Default',
  event: 'severity = error',
  storage_domain: 'status = active',
  template: 'name = rhel*',
  disk: 'alias = db*',
};

function searchPlaceholder(kind: string): string {
  const example = EXAMPLES[kind] ?? 'name = a*';
  return `Search, e.g. ${example}`;
}
