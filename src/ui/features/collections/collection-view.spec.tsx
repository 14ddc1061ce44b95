// Render spec (run with src/ui/vitest.render.config.ts): renders the collection table from a
// primed query cache (server-side rendering: no DOM, no network) and checks what e2e tests
// and screen readers rely on.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Collection, Resource } from '../../../api/resource.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { ApiBaseContext } from '../../components/api-base-context.ts';
import { CollectionView } from './collection-view.tsx';
import { DEFAULT_PAGE_SIZE } from './list-params.ts';

const base = '/ovirt-engine/api';
const vm = (id: string, name: string, status: string, host?: string): Resource => ({
  kind: 'vm',
  id,
  href: `${base}/vms/${id}`,
  links: {},
  actions: {},
  fields: {
    name,
    status,
    memory: 2147483648,
    ...(host ? { host: { kind: 'host', id: 'h1', href: `${base}/hosts/h1`, fields: { name: host }, links: {}, actions: {} } } : {}),
  },
});

function render(collection: Collection | undefined, searchable = true, search = '', max = DEFAULT_PAGE_SIZE) {
  const qc = new QueryClient();
  const params = { search, page: 1, max, sort: '', dir: 'asc' as const };
  const key = [...queryKeys.collection(`${base}/vms`, { search, page: 1, max }), 'host,cluster'];
  if (collection) qc.setQueryData(key, collection);
  return renderToStaticMarkup(
    <QueryClientProvider client={qc}>
      <ApiBaseContext.Provider value={base}>
        <MemoryRouter>
          <CollectionView href={`${base}/vms`} title="Virtual machines" itemKind="vm" params={params} onParamsChange={() => undefined} searchable={searchable} />
        </MemoryRouter>
      </ApiBaseContext.Provider>
    </QueryClientProvider>,
  );
}

describe('CollectionView', () => {
  it('renders a labelled table with linked names, statuses and inlined reference names', () => {
    const html = render({ kind: 'vms', itemKind: 'vm', actions: {}, items: [vm('1', 'web1', 'up', 'host01'), vm('2', 'db1', 'down')] });
    expect(html).toContain('aria-label="Virtual machines table"');
    expect(html).toContain('role="table"');
    expect(html).toMatch(/<a[^>]*data-testid="item-link"[^>]*href="\/vms\/1"[^>]*>web1<\/a>|<a[^>]*href="\/vms\/1"[^>]*data-testid="item-link"[^>]*>web1<\/a>/);
    expect(html).toContain('data-status="up"');
    expect(html).toContain('>host01</a>');
    expect(html).toContain('2 GiB');
    expect(html).toContain('aria-label="Search Virtual machines"');
    expect((html.match(/data-testid="collection-row"/g) ?? []).length).toBe(2);
  });
  it('shows an empty state for an empty collection and skeletons while loading', () => {
    expect(render({ kind: 'vms', itemKind: 'vm', actions: {}, items: [] })).toContain('data-testid="empty-state"');
    expect(render(undefined)).toContain('Loading virtual machines');
  });
  it('offers selection, columns and export, and a combobox search', () => {
    const html = render({ kind: 'vms', itemKind: 'vm', actions: {}, items: [vm('1', 'web1', 'up', 'host01')] });
    expect(html).toContain('aria-label="Select web1"');
    expect(html).toContain('data-testid="column-chooser"');
    expect(html).toContain('data-testid="export-menu"');
    expect(html).toMatch(/<input[^>]*role="combobox"/);
    expect(html).not.toContain('data-virtual');
  });
  it('virtualizes a page above 200 rows but keeps the row count for assistive technology', () => {
    const items = Array.from({ length: 250 }, (_, i) => vm(String(i), `vm${i}`, 'down'));
    const html = render({ kind: 'vms', itemKind: 'vm', actions: {}, items }, true, '', 500);
    expect(html).toContain('data-virtual="true"');
    expect(html).toContain('aria-rowcount="251"');
    expect((html.match(/data-testid="collection-row"/g) ?? []).length).toBeLessThan(250);
  });
  it('shows where an invalid search breaks and sends nothing', () => {
    const html = render(undefined, true, 'name = web and bogus = 1');
    expect(html).toContain('data-testid="search-error"');
    expect(html).toContain('Unknown field');
    expect(html).toMatch(/<mark>bogus<\/mark>/);
    expect(html).toContain('data-testid="search-invalid"');
    expect(html).not.toContain('Loading virtual machines');
  });
  it('hides the search box for collections the engine cannot search', () => {
    expect(render({ kind: 'vms', itemKind: 'vm', actions: {}, items: [] }, false)).not.toContain('Search Virtual machines');
  });
});
