// Column widths for a virtualized table, measured once and then held.
//
// With the browser's automatic table layout every row that scrolls into view makes it
// re-measure every cell of every rendered row, and columns shift width as contents change.
// Measuring the automatic widths once (for the rows first shown) and switching to the fixed
// layout cut the layout work of a scroll step by a quarter to a half in our measurements, and
// keeps the columns still. Widths are measured again when the columns, the page or the
// table's width change. A header cell may ask for a minimum (data-min-width, px) for content
// longer than the first rows show.
import { useLayoutEffect, type RefObject } from 'react';

export function useFrozenColumnWidths(table: RefObject<HTMLTableElement | null>, enabled: boolean, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const el = table.current;
    if (!el || !enabled) return;
    const headerCells = () => [...(el.tHead?.rows[0]?.cells ?? [])];
    const release = () => {
      el.style.tableLayout = '';
      for (const th of headerCells()) th.style.width = '';
    };
    let retry = 0;
    let frame = 0;
    const freeze = () => {
      // the virtualizer renders its first rows a frame after the table: measure with rows
      if (!el.tBodies[0]?.querySelector('td:not([colspan])') && retry++ < 30) {
        frame = requestAnimationFrame(freeze);
        return;
      }
      release();
      const widths = headerCells().map((th) => Math.max(th.getBoundingClientRect().width, Number(th.dataset.minWidth ?? 0)));
      headerCells().forEach((th, i) => {
        th.style.width = `${widths[i]}px`;
      });
      el.style.tableLayout = 'fixed';
    };
    freeze();
    let lastWidth = el.parentElement?.clientWidth ?? 0;
    const resize = new ResizeObserver(() => {
      const width = el.parentElement?.clientWidth ?? 0;
      if (width === lastWidth) return;
      lastWidth = width;
      freeze();
    });
    if (el.parentElement) resize.observe(el.parentElement);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      release();
    };
    // the caller's deps say when the rendered content changed enough to measure again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, enabled, ...deps]);
}
