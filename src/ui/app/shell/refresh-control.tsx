// Refresh now, and how often to refresh by itself (the portal's 5/10/20/30/60 s choice).
import { Button, MenuToggle, Select, SelectList, SelectOption, Tooltip } from '@patternfly/react-core';
import SyncAltIcon from '@patternfly/react-icons/dist/esm/icons/sync-alt-icon';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { REFRESH_RATES_MS, refreshRate, setRefreshRate, subscribeRefreshRate } from '../polling.ts';
import { queryKeys } from '../query-keys.ts';
import { useT } from '../../i18n/use-t.ts';


export function RefreshControl() {
  const t = useT();
  const label = (r: number | false) => (r === false ? t('shell.off') : `${r / 1000} s`);
  const qc = useQueryClient();
  const fetching = useIsFetching({ queryKey: queryKeys.api });
  const rate = useSyncExternalStore(subscribeRefreshRate, refreshRate);
  const [open, setOpen] = useState(false);
  const refreshNow = () => qc.invalidateQueries({ queryKey: queryKeys.api });
  return (
    <>
      <Tooltip content={t('shell.refreshNow')}>
        <Button variant="plain" aria-label={t('shell.refresh')} isLoading={fetching > 0} icon={fetching > 0 ? undefined : <SyncAltIcon />} onClick={refreshNow} />
      </Tooltip>
      <Select
        isOpen={open}
        onOpenChange={setOpen}
        selected={String(rate)}
        onSelect={(_e, v) => {
          setRefreshRate(v === 'false' ? false : Number(v));
          setOpen(false);
          // Refetch now so every query picks up the new interval.
          void refreshNow();
        }}
        toggle={(ref) => (
          <MenuToggle ref={ref} variant="plainText" onClick={() => setOpen((o) => !o)} isExpanded={open} aria-label={t('shell.autoRefresh', { rate: label(rate) })} data-testid="refresh-rate">
            {t('shell.autoRefresh', { rate: label(rate) })}
          </MenuToggle>
        )}
        popperProps={{ position: 'right' }}
      >
        <SelectList aria-label={t('shell.autoRefreshInterval')}>
          {[...REFRESH_RATES_MS, false as const].map((r) => (
            <SelectOption key={String(r)} value={String(r)}>
              {label(r)}
            </SelectOption>
          ))}
        </SelectList>
      </Select>
    </>
  );
}
