// The toolbar's selection control (PatternFly's bulk-select pattern): a checkbox for the page
// and a menu to select the page or nothing.
import { Dropdown, DropdownItem, DropdownList, MenuToggle, MenuToggleCheckbox } from '@patternfly/react-core';
import { useState } from 'react';

export function BulkSelect({ selected, pageCount, onSelectPage, onSelectNone }: { selected: number; pageCount: number; onSelectPage: () => void; onSelectNone: () => void }) {
  const [open, setOpen] = useState(false);
  const all = pageCount > 0 && selected >= pageCount;
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          isExpanded={open}
          onClick={() => setOpen((o) => !o)}
          aria-label="Selection options"
          isDisabled={pageCount === 0}
          splitButtonItems={[
            <MenuToggleCheckbox
              key="page"
              id="bulk-select-page"
              aria-label={all ? 'Deselect all on this page' : 'Select all on this page'}
              isChecked={all ? true : selected > 0 ? null : false}
              onChange={(checked) => (checked && !all ? onSelectPage() : onSelectNone())}
              data-testid="bulk-select-checkbox"
            >
              {selected > 0 ? `${selected} selected` : undefined}
            </MenuToggleCheckbox>,
          ]}
          data-testid="bulk-select"
        />
      )}
    >
      <DropdownList>
        <DropdownItem key="none" onClick={onSelectNone}>
          Select none (0 items)
        </DropdownItem>
        <DropdownItem key="page" onClick={onSelectPage}>
          {`Select page (${pageCount} items)`}
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}
