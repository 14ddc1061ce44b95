// Picks the client for a query function: polls of data already on screen go out as
// background requests, everything else as the user's own.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { api, type UiApi } from './api-client.ts';
import { isBackgroundFetch } from './user-activity.ts';

export function apiForQuery(ctx: { client: QueryClient; queryKey: QueryKey }): UiApi {
  return api(isBackgroundFetch(ctx.client.getQueryData(ctx.queryKey) !== undefined));
}
