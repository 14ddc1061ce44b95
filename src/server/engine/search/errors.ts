/**
 * A search the engine refuses: the shared grammar's error (src/api/search/errors.ts). The HTTP
 * layer turns it into a 400 fault; `detail` says what is wrong and where.
 */
export { SearchQueryError as SearchError } from '../../../api/search/errors.ts';
