// The default page size for lists (the engine's SearchResultsLimit is 100). Lists read it
// with `preferredPageSize()` when the URL names no `max`.
import { preferenceStore } from './preference-store.ts';

export const PAGE_SIZE_CHOICES = [25, 50, 100, 200, 500];
export const DEFAULT_PREFERRED_PAGE_SIZE = 100;

export const pageSizeStore = preferenceStore<number>('vantage.pageSize', (raw) => {
  const n = Number(raw);
  return PAGE_SIZE_CHOICES.includes(n) ? n : DEFAULT_PREFERRED_PAGE_SIZE;
});

export function preferredPageSize(): number {
  return pageSizeStore.get();
}
