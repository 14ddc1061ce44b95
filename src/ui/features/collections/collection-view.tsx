// A collection, whatever its type: search with completion, bulk selection and actions,
// column chooser, CSV export, paging, and a compact table whose columns suit the item type.
// Used for top-level lists and for detail-page tabs alike.
import { Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter, Pagination, Toolbar, ToolbarContent, ToolbarGroup, ToolbarItem } from '@patternfly/react-core';
import CubesIcon from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { faultOf } from '../../app/api-errors.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { useCollection } from './api/get-collection.ts';
import { BulkActionButtons } from './bulk/bulk-action-buttons.tsx';
import { BulkActionModal } from './bulk/bulk-action-modal.tsx';
import { BulkSelect } from './bulk/bulk-select.tsx';
import { CollectionTable, rowKey } from './collection-table.tsx';
import { ColumnChooser } from './columns/column-chooser.tsx';
import { useVisibleColumns } from './columns/use-visible-columns.ts';
import { availableColumns, columnsFor, followFor } from './columns.ts';
import { ExportMenu } from './export/export-menu.tsx';
import { PAGE_SIZES, searchExpression, withoutSortby, type ListParams } from './list-params.ts';
import { SearchBar } from './search/search-bar.tsx';
import { searchObjectFor, validateSearch } from './search/search-completion.ts';

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

const TRAILING_PAGE = /(^|\s)page\s+(\d+)\s*$/i;

export function CollectionView({ href, title, itemKind, params, onParamsChange, searchable = true }: CollectionViewProps) {
  const [followRefused, setFollowRefused] = useState(false);
  const follow = followRefused ? undefined : followFor(itemKind);
  const rel = href.split('?')[0].split('/').pop() ?? '';
  const searchObject = searchable ? searchObjectFor(rel) : undefined;
  // A query the parser rejects is not sent: the bar shows where it breaks.
  const searchProblem = searchable ? validateSearch(params.search, searchObject) : null;
  // Collections without search ignore `search`/`sort` in the URL rather than send what the
  // engine would refuse. oVirt pages through `page N` inside the search, so only searchable
  // collections have pages; the others are cut at `max`.
  const page = searchable ? params.page : 1;
  const search = searchable ? searchExpression(params) : '';
  const query = useCollection(href, { search, page, max: params.max, follow }, { enabled: !searchProblem });
  const root = useRef<HTMLDivElement>(null);
  // `/` jumps to the search box, as in most consoles, unless the user is typing somewhere.
  useEffect(() => {
    if (!searchable) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const input = root.current?.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!input) return;
      e.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchable]);

  // Engines before 4.2 refuse `follow`; names then resolve on hover instead.
  const fault = faultOf(query.error);
  const followError = !!follow && fault?.status === 400 && /follow/i.test(`${fault.reason} ${fault.detail ?? ''}`);
  useEffect(() => {
    if (followError) setFollowRefused(true);
  }, [followError]);

  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const kind = query.data?.itemKind ?? itemKind ?? '';
  const defaults = useMemo(() => columnsFor(kind, items), [kind, items]);
  const available = useMemo(() => availableColumns(defaults, items), [defaults, items]);
  const { visible: columns, setChosen } = useVisibleColumns(href, available, defaults, params.cols, (cols) => onParamsChange({ cols }));

  // Selection holds for one page of one query; a new page or search starts empty.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectionScope = `${href}|${search}|${page}|${params.max}`;
  const [scope, setScope] = useState(selectionScope);
  if (scope !== selectionScope) {
    setScope(selectionScope);
    setSelected(new Set());
  }
  const keyed = useMemo(() => items.map((it, i) => [rowKey(it, i), it] as const), [items]);
  const selectedItems = useMemo(() => keyed.filter(([k]) => selected.has(k)).map(([, it]) => it), [keyed, selected]);
  const keyByItem = useMemo(() => new Map(keyed.map(([k, it]) => [it, k])), [keyed]);
  const keyOf = (item: Resource) => keyByItem.get(item) ?? item.id ?? item.href ?? '';
  const [bulkAction, setBulkAction] = useState<{ name: string; items: Resource[] } | null>(null);

  const count = items.length;
  const loading = (query.isPending && !searchProblem) || followError;
  const lastPage = !searchable || (!query.isPlaceholderData && count < params.max);
  const itemCount = lastPage ? (page - 1) * params.max + count : page * params.max + 1;
  const truncated = !searchable && count >= params.max;
  const failed = !!query.error && !followError;

  const submitSearch = (text: string) => {
    // A `page N` typed at the end becomes the pager's page, so the pager tells the truth.
    const m = TRAILING_PAGE.exec(text);
    if (m) onParamsChange({ search: text.slice(0, m.index).trim(), page: Number(m[2]) });
    else onParamsChange({ search: text, page: 1 });
  };

  const pagination = (variant: 'top' | 'bottom') => (
    <Pagination
      variant={variant}
      isCompact
      perPage={params.max}
      page={page}
      itemCount={itemCount}
      perPageOptions={PAGE_SIZES.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, p) => onParamsChange({ page: p })}
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
      isDisabled={loading}
    />
  );

  const itemWord = title.toLowerCase();
  return (
    <div data-testid="collection-view" ref={root}>
      <Toolbar>
        <ToolbarContent>
          {!failed && (
            <ToolbarItem>
              <BulkSelect
                selected={selectedItems.length}
                pageCount={loading ? 0 : count}
                onSelectPage={() => setSelected(new Set(keyed.map(([k]) => k)))}
                onSelectNone={() => setSelected(new Set())}
              />
            </ToolbarItem>
          )}
          {searchable && (
            <ToolbarItem style={{ flex: '1 1 24rem', maxWidth: '48rem' }}>
              <SearchBar value={params.search} object={searchObject} items={items} label={`Search ${title}`} placeholder={searchPlaceholder(kind)} onSearch={submitSearch} />
            </ToolbarItem>
          )}
          <BulkActionButtons items={selectedItems} onRun={(name) => setBulkAction({ name, items: selectedItems })} />
          {truncated && (
            <ToolbarItem>
              <span data-testid="truncated-hint">Showing the first {count}. This collection has no paging; choose a larger page size to see more.</span>
            </ToolbarItem>
          )}
          {!failed && (
            <ToolbarGroup align={{ default: 'alignEnd' }}>
              <ToolbarItem>
                <ColumnChooser available={available} visible={columns} onChange={setChosen} title={title} />
              </ToolbarItem>
              <ToolbarItem>
                <ExportMenu href={href} title={title} columns={columns} selected={selectedItems} page={items} all={{ search, follow }} />
              </ToolbarItem>
              <ToolbarItem variant="pagination">{pagination('top')}</ToolbarItem>
            </ToolbarGroup>
          )}
        </ToolbarContent>
      </Toolbar>
      {failed ? (
        <ErrorState
          error={query.error}
          what={itemWord}
          onRetry={() => query.refetch()}
          secondary={params.search || params.sort || params.page > 1 ? { label: 'Clear search, sorting and paging', onClick: () => onParamsChange({ search: '', sort: '', page: 1 }) } : undefined}
        />
      ) : searchProblem ? (
        <EmptyState headingLevel="h2" icon={SearchIcon} titleText="The search has an error" variant="sm" data-testid="search-invalid">
          <EmptyStateBody>Nothing was sent to the engine. Fix the query as the search box shows, or clear it.</EmptyStateBody>
          <EmptyStateFooter>
            <EmptyStateActions>
              <Button variant="link" onClick={() => onParamsChange({ search: '', page: 1 })}>
                Clear search
              </Button>
            </EmptyStateActions>
          </EmptyStateFooter>
        </EmptyState>
      ) : (
        <>
          <CollectionTable
            title={title}
            columns={columns}
            items={items}
            loading={loading}
            sort={searchable ? { by: params.sort, dir: params.dir, onSort: (sortBy, dir) => onParamsChange({ sort: sortBy, dir, page: 1, search: withoutSortby(params.search) }) } : undefined}
            selection={{
              isSelected: (item) => selected.has(keyOf(item)),
              onToggle: (item, on) =>
                setSelected((cur) => {
                  const next = new Set(cur);
                  if (on) next.add(keyOf(item));
                  else next.delete(keyOf(item));
                  return next;
                }),
              onTogglePage: (on) => setSelected(on ? new Set(keyed.map(([k]) => k)) : new Set()),
            }}
          />
          {!loading && count === 0 && (
            <EmptyState headingLevel="h2" icon={params.search ? SearchIcon : CubesIcon} titleText={params.search ? 'No results found' : `No ${itemWord}`} variant="sm" data-testid="empty-state">
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
      {bulkAction && <BulkActionModal action={bulkAction.name} items={bulkAction.items} what={itemWord} onClose={() => setBulkAction(null)} />}
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
