// The search language (api-reference §6), one grammar for the dashboard and the embedded
// engine: tokenizer, parser and checker, the field table, suggestions.
export * from './objects.ts';
export * from './tokenize.ts';
export { formatSearch, parseSearch, type Condition, type Expr, type ParseOptions, type ParseResult, type SearchAst, type SearchError } from './parse.ts';
export * from './suggest.ts';
export { SearchQueryError } from './errors.ts';
export { SEARCH_OBJECTS, allowedOps, objectForPrefix, objectKeyForCollection, SEARCHABLE_COLLECTIONS, type SearchField, type SearchObject } from './fields.ts';
export { parseQuery, type ParsedQuery } from './syntax.ts';
export { resolveQuery, type ResolvedQuery, type ResolvedCondition } from './resolve.ts';
