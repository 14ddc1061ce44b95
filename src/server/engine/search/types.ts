/** How search objects and their fields are described (one table per object in fields/). */
import type { Doc, Lookups } from './context.ts';
import type { Op } from './lexer.ts';

export type FieldKind = 'text' | 'number' | 'date' | 'enum' | 'bool' | 'id' | 'tag';

export interface FieldDef {
  kind: FieldKind;
  /** text: string | string[]; number: number; date: epoch ms or ISO text; enum: v4 value; bool: boolean */
  get(doc: Doc, L: Lookups): unknown;
  /** enum: the engine's names in its order, each with the v4 document values it stands for */
  values?: ReadonlyArray<readonly [string, readonly string[]]>;
  /** enum compared by rank, so `<`/`>` work (event severity) */
  ordinal?: boolean;
  /** operators the engine accepts for this field (defaults by kind) */
  ops?: readonly Op[];
  /** text fields take part in free text unless false (the engine leaves out os and apps) */
  freeText?: boolean;
  /** text `=` means "contains" (the engine wraps apps values in %…%) */
  contains?: boolean;
  /** number fields whose values are not plain numbers (uptime as d.hh:mm:ss) */
  parseValue?(value: string): number | undefined;
  /** tag fields: the assignment sub-collection (`vm_tags`) */
  assignments?: string;
}

export interface CrossRef {
  /** key of the related object in OBJECTS */
  object: string;
  related(doc: Doc, L: Lookups): Doc[];
}

export interface ObjectDef {
  /** engine spelling for messages: Vms, Hosts, Events… */
  display: string;
  collection: string;
  fields: Record<string, FieldDef>;
  /** name of a field, or of a `sortOnly` key */
  defaultSort: { field: string; desc: boolean };
  /** sort keys that are not search fields (the event index) */
  sortOnly?: Record<string, FieldDef>;
  crossRefs: Record<string, CrossRef>;
}
