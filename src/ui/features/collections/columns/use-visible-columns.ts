// The shown columns of one table, remembered per user and per collection, and mirrored into
// the URL (`cols=`) when the user changes them so the view can be shared.
import { useCallback, useContext, useMemo, useState } from 'react';
import { useApiBase } from '../../../components/api-base-context.ts';
import { SessionContext } from '../../../components/session-context.ts';
import type { ColumnDef } from '../columns.ts';
import { collectionPattern, columnsStorageKey, formatColumnIds, parseColumnIds, readStoredColumns, storeColumns, visibleColumns } from './column-prefs.ts';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function useVisibleColumns(href: string, available: ColumnDef[], defaults: ColumnDef[], urlCols: string | undefined, setUrlCols: (cols: string) => void) {
  const apiBase = useApiBase();
  const session = useContext(SessionContext);
  const key = columnsStorageKey(session?.user.name ?? '', collectionPattern(href, apiBase));
  // Re-read when the key changes (another collection, another user); writes update it too.
  const [stored, setStored] = useState<{ key: string; ids: string[] | null }>(() => ({ key, ids: readStoredColumns(storage(), key) }));
  const storedIds = stored.key === key ? stored.ids : readStoredColumns(storage(), key);
  const chosen = parseColumnIds(urlCols) ?? storedIds;
  const visible = useMemo(() => visibleColumns(available, defaults, chosen), [available, defaults, chosen]);

  const setChosen = useCallback(
    (ids: string[] | null) => {
      storeColumns(storage(), key, ids);
      setStored({ key, ids });
      setUrlCols(ids ? formatColumnIds(ids) : '');
    },
    [key, setUrlCols],
  );
  return { visible, chosen, setChosen };
}
