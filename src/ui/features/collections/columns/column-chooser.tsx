// "Columns" menu: a checkbox per column (the name column stays), and a way back to the
// defaults. The choice is remembered (use-visible-columns.ts).
import { Divider, MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import ColumnsIcon from '@patternfly/react-icons/dist/esm/icons/columns-icon';
import { useState } from 'react';
import type { ColumnDef } from '../columns.ts';
import { isHideable } from './column-prefs.ts';

const RESET = '__reset__';

export function ColumnChooser({ available, visible, onChange, title }: { available: ColumnDef[]; visible: ColumnDef[]; onChange: (ids: string[] | null) => void; title: string }) {
  const [open, setOpen] = useState(false);
  const shown = new Set(visible.map((c) => c.id));
  const toggle = (id: string) => {
    const next = available.filter((c) => (c.id === id ? !shown.has(c.id) : shown.has(c.id))).map((c) => c.id);
    onChange(next);
  };
  return (
    <Select
      role="menu"
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={(_e, v) => {
        if (v === RESET) {
          onChange(null);
          setOpen(false);
        } else if (typeof v === 'string') toggle(v);
      }}
      toggle={(ref) => (
        <MenuToggle ref={ref} variant="default" icon={<ColumnsIcon />} isExpanded={open} onClick={() => setOpen((o) => !o)} aria-label={`Columns of ${title}`} data-testid="column-chooser">
          Columns
        </MenuToggle>
      )}
      popperProps={{ position: 'right' }}
    >
      <SelectList aria-label={`Columns of ${title}`}>
        {available.map((c) => (
          <SelectOption key={c.id} value={c.id} hasCheckbox isSelected={shown.has(c.id)} isDisabled={!isHideable(c)} data-testid={`column-option-${c.id}`}>
            {c.title}
          </SelectOption>
        ))}
      </SelectList>
      <Divider />
      <SelectList aria-label="Column defaults">
        <SelectOption value={RESET}>Reset to defaults</SelectOption>
      </SelectList>
    </Select>
  );
}
