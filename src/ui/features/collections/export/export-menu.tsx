// "Export" menu: the selected rows, this page, or the whole result (every page, in one
// bounded request), as CSV with the columns shown.
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import DownloadIcon from '@patternfly/react-icons/dist/esm/icons/download-icon';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { useToast } from '../../../components/toasts.tsx';
import { EXPORT_LIMIT, useFetchAllItems, type AllItemsParams } from '../api/get-all-items.ts';
import type { ColumnDef } from '../columns.ts';
import { csvFileName, itemsToCsv } from './csv.ts';
import { downloadText } from './download.ts';

export interface ExportMenuProps {
  href: string;
  title: string;
  columns: ColumnDef[];
  selected: Resource[];
  page: Resource[];
  /** The request for the whole result (search without paging, follow). */
  all: AllItemsParams;
}

export function ExportMenu({ href, title, columns, selected, page, all }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const fetchAll = useFetchAllItems(href);
  const toast = useToast();
  const save = (items: Resource[]) => downloadText(csvFileName(title), itemsToCsv(columns, items));
  const exportAll = async () => {
    setBusy(true);
    try {
      const { items } = await fetchAll(all);
      save(items);
      if (items.length >= EXPORT_LIMIT) toast({ variant: 'warning', title: `Exported the first ${EXPORT_LIMIT.toLocaleString()} ${title.toLowerCase()}`, body: 'Narrow the search to export the rest.' });
    } catch (err) {
      const { title: reason, detail } = describeError(err);
      toast({ variant: 'danger', title: `Export failed: ${reason}`, body: detail });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle ref={ref} icon={<DownloadIcon />} isExpanded={open} onClick={() => setOpen((o) => !o)} isDisabled={busy} data-testid="export-menu">
          {busy ? 'Exporting…' : 'Export'}
        </MenuToggle>
      )}
    >
      <DropdownList>
        <DropdownItem key="selected" isDisabled={selected.length === 0} onClick={() => save(selected)} description="CSV of the checked rows" data-testid="export-selected">
          {`Selected rows (${selected.length})`}
        </DropdownItem>
        <DropdownItem key="page" isDisabled={page.length === 0} onClick={() => save(page)} data-testid="export-page">
          {`This page (${page.length})`}
        </DropdownItem>
        <DropdownItem key="all" onClick={() => void exportAll()} description={`Every page, up to ${EXPORT_LIMIT.toLocaleString()}`} data-testid="export-all">
          All results
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}
