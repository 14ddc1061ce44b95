// An ISO domain's images (`files`): name, type and size where the engine gives one, with a
// quick filter — the list an administrator scans when choosing what to put in a CD-ROM.
import { Content, EmptyState, EmptyStateBody, SearchInput, Skeleton, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../components/error-state.tsx';
import { formatBytes } from '../../lib/format.ts';
import { displayName } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import { useCollection } from '../collections/api/get-collection.ts';
import type { TabProps } from '../resources/extension-types.ts';
import { filterFiles } from './file-filter.ts';

export function IsoFilesTab({ resource: sd, href }: TabProps) {
  const files = useCollection(href, {});
  const [filter, setFilter] = useState('');
  const items = useMemo(() => filterFiles(files.data?.items ?? [], filter), [files.data, filter]);
  const total = files.data?.items.length ?? 0;
  const hasSize = items.some((f) => typeof f.fields.size === 'number');

  if (files.error && !files.data) return <ErrorState error={files.error} what="the files" onRetry={() => files.refetch()} />;
  if (files.isPending) return <Skeleton height="8rem" screenreaderText="Loading files" />;
  if (total === 0) {
    return (
      <EmptyState headingLevel="h3" titleText="No images on this domain yet" variant="sm" data-testid="sd-files-empty">
        <EmptyStateBody>
          Images copied to the domain&apos;s storage ({displayName(sd)}) appear here once the engine has scanned it. They can then be inserted in a virtual machine&apos;s CD-ROM.
        </EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <div data-testid="sd-files-tab">
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput placeholder="Filter by name" value={filter} onChange={(_e, v) => setFilter(v)} onClear={() => setFilter('')} aria-label="Filter files by name" data-testid="sd-files-filter" />
          </ToolbarItem>
          <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
            <Content component="small" data-testid="sd-files-count">
              {items.length === total ? `${total} image${total === 1 ? '' : 's'}` : `${items.length} of ${total} images`}
            </Content>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Table aria-label={`Files of ${displayName(sd)}`} variant="compact" data-testid="sd-files-table">
        <Thead>
          <Tr>
            <Th>Name</Th>
            <Th>Type</Th>
            {hasSize && <Th>Size</Th>}
          </Tr>
        </Thead>
        <Tbody>
          {items.map((f) => (
            <Tr key={f.id ?? displayName(f)} data-testid="sd-file-row">
              <Td dataLabel="Name">{displayName(f)}</Td>
              <Td dataLabel="Type">{typeof f.fields.type === 'string' ? humanize(f.fields.type) : ''}</Td>
              {hasSize && <Td dataLabel="Size">{typeof f.fields.size === 'number' ? formatBytes(f.fields.size) : ''}</Td>}
            </Tr>
          ))}
          {items.length === 0 && (
            <Tr>
              <Td colSpan={hasSize ? 3 : 2}>No image matches “{filter}”.</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
    </div>
  );
}
