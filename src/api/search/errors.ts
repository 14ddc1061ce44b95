/**
 * A query the search language refuses. `detail` says what is wrong and where ("at position N",
 * 1-based, as the engine words it); `position`/`end` are 0-based offsets into the query for
 * highlighting. The engine turns it into a 400 fault, hence `status` and `reason`.
 */
export class SearchQueryError extends Error {
  readonly status = 400;
  readonly reason = 'Operation Failed';
  readonly end: number | undefined;
  constructor(readonly detail: string, readonly position?: number, end?: number) {
    super(detail);
    this.name = 'SearchQueryError';
    this.end = end;
  }
}
