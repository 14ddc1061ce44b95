/**
 * A search the engine refuses. The HTTP layer turns it into a 400 fault; `detail` says what
 * is wrong and where (character offset into the query as the caller wrote it).
 */
export class SearchError extends Error {
  readonly status = 400;
  readonly reason = 'Operation Failed';
  constructor(readonly detail: string, readonly position?: number) {
    super(detail);
    this.name = 'SearchError';
  }
}
