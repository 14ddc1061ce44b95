/**
 * How the engine reads search fields from its documents. What a field *is* (kind, operators,
 * enum values, units) lives in the shared grammar (src/api/search/field-table.ts); the tables
 * in fields/ add only a reader per field and how objects reach each other.
 */
import type { SearchField, SearchObject } from '../../../api/search/fields.ts';
import type { Doc, Lookups } from './context.ts';

export type Get = (doc: Doc, L: Lookups) => unknown;

export interface Reader {
  /** text: string | string[]; number: number (in the field's unit); date: epoch ms or ISO text; enum: v4 value; bool: boolean */
  get: Get;
  /** tag fields: the assignment sub-collection (`vm_tags`) */
  assignments?: string;
}

/** A field as the evaluator sees it: the shared definition plus its reader. */
export interface FieldDef extends SearchField, Reader {}

export interface CrossRef {
  /** key of the related object in OBJECTS */
  object: string;
  related(doc: Doc, L: Lookups): Doc[];
}

export interface ObjectDef extends Omit<SearchObject, 'fields' | 'sortOnly' | 'crossRefs'> {
  fields: Record<string, FieldDef>;
  sortOnly?: Record<string, FieldDef>;
  crossRefs: Record<string, CrossRef>;
}

/** What fields/*.ts supply per object: a reader for every field of the shared table, and the related objects per cross-reference. */
export interface ObjectReaders {
  fields: Record<string, Get | Reader>;
  sortOnly?: Record<string, Get | Reader>;
  related: Record<string, (doc: Doc, L: Lookups) => Doc[]>;
}
