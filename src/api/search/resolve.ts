// Checks a parsed query against the field table, as the engine does before it runs anything:
// fields and cross-object prefixes exist, operators fit the field, values fit its kind.
// What passes here, the engine evaluates; what fails, it refuses with the same message.
import { parseDate, parseTimeSpan } from './dates.ts';
import { SearchQueryError } from './errors.ts';
import { allowedOps, crossRefKey, findField, publicFields, SEARCH_OBJECTS, type SearchField, type SearchObject } from './fields.ts';
import type { Condition, ParsedQuery } from './syntax.ts';

interface Common {
  cond: Condition;
  /** SEARCH_OBJECTS key of the object the condition reads (the cross-reference target, if any). */
  object: string;
  /** Cross-reference key (`host`) when the condition reads a related object. */
  crossRef?: string;
}

export interface FieldCondition extends Common {
  type: 'field';
  /** Field name as the table spells it (lower case). */
  name: string;
  field: SearchField;
  /** number fields: the value in the field's unit (uptime spans already in seconds) */
  number?: number;
  bool?: boolean;
  /** enum fields: index of the value in `field.values` */
  enumIndex?: number;
}

/** A bare value over the object's text fields, or `host=node1`: free text over a related object. */
export interface FreeTextCondition extends Common {
  type: 'freeText';
}

export type ResolvedCondition = FieldCondition | FreeTextCondition;

export interface ResolvedQuery {
  /** SEARCH_OBJECTS key of the searched object. */
  object: string;
  where: ResolvedCondition[][][];
  sort?: { name: string; field: SearchField; desc: boolean };
  page?: number;
}

const at = (n: number) => `at position ${n + 1}`;
function fail(detail: string, pos: number, end?: number): never {
  throw new SearchQueryError(detail, pos, end);
}

/** Checks `q` as a search of `objectKey` (a SEARCH_OBJECTS key); throws SearchQueryError. */
export function resolveQuery(objectKey: string, q: ParsedQuery): ResolvedQuery {
  const obj = SEARCH_OBJECTS[objectKey];
  const where = q.where.map((segment) => segment.map((chain) => chain.map((c) => resolveCondition(objectKey, obj, c))));
  const out: ResolvedQuery = { object: objectKey, where };
  if (q.sort) {
    const name = q.sort.field.toLowerCase();
    const field = findField(obj, name);
    if (!field || name.startsWith('_')) fail(`unknown sort field '${q.sort.field}' for ${obj.display} ${at(q.sort.pos)}; fields: ${publicFields(obj).join(', ')}`, q.sort.pos, q.sort.end);
    out.sort = { name, field, desc: q.sort.desc };
  }
  if (q.page !== undefined) out.page = q.page;
  return out;
}

function resolveCondition(key: string, obj: SearchObject, c: Condition): ResolvedCondition {
  const fieldEnd = c.crossRef !== undefined || c.field !== undefined ? c.opPos : c.end;
  if (c.field === undefined) {
    if (!c.quoted && findField(obj, c.value)) fail(`expected an operator (=, !=, <, >…) after field '${c.value}' ${at(c.pos)}`, c.pos, c.end);
    if (!c.quoted && crossRefKey(obj, c.value)) fail(`expected '.' and a field, or an operator, after '${c.value}' ${at(c.pos)}`, c.pos, c.end);
    return { type: 'freeText', cond: c, object: key };
  }
  if (c.crossRef !== undefined) {
    const ref = crossRefKey(obj, c.crossRef);
    if (!ref) {
      const known = Object.keys(obj.crossRefs);
      fail(`${obj.display} cannot be searched through '${c.crossRef}' ${at(c.pos)}` + (known.length ? `; use one of: ${known.join(', ')}` : ''), c.pos, c.pos + c.crossRef.length);
    }
    const targetKey = obj.crossRefs[ref];
    const target = SEARCH_OBJECTS[targetKey];
    const field = findField(target, c.field);
    const fieldPos = c.pos + c.crossRef.length + 1;
    if (!field || c.field.startsWith('_')) {
      fail(`Unknown field "${c.field}" for ${target.display} in "${c.crossRef}.${c.field}" ${at(c.pos)}; fields: ${publicFields(target).join(', ')}`, fieldPos, fieldEnd);
    }
    return { ...resolveValue(target, c.field.toLowerCase(), field, c), object: targetKey, crossRef: ref };
  }
  const field = findField(obj, c.field);
  if (field && !c.field.startsWith('_')) return { ...resolveValue(obj, c.field.toLowerCase(), field, c), object: key };
  const ref = crossRefKey(obj, c.field);
  if (ref) {
    if (c.op !== '=' && c.op !== '!=') fail(`operator '${c.op}' is not valid after '${c.field}' ${at(c.pos)}; use = or !=`, c.opPos, c.opPos + c.op.length);
    return { type: 'freeText', cond: c, object: obj.crossRefs[ref], crossRef: ref };
  }
  return fail(`Unknown field "${c.field}" for ${obj.display} ${at(c.pos)}; fields: ${publicFields(obj).join(', ')}`, c.pos, fieldEnd);
}

function resolveValue(obj: SearchObject, name: string, f: SearchField, c: Condition): Omit<FieldCondition, 'object'> {
  const ops = allowedOps(f);
  if (!ops.includes(c.op)) {
    fail(`operator '${c.op}' is not valid for field '${name}' of ${obj.display} ${at(c.opPos)}; use ${ops.join(' or ')}`, c.opPos, c.opPos + c.op.length);
  }
  const out: Omit<FieldCondition, 'object'> = { type: 'field', cond: c, name, field: f };
  const bad = (expects: string) => fail(`field '${name}' of ${obj.display} expects ${expects}, got '${c.value}' ${at(c.valuePos)}`, c.valuePos, c.end);
  switch (f.kind) {
    case 'number': {
      const n = f.timeSpan ? parseTimeSpan(c.value) : /^-?\d+(\.\d+)?$/.test(c.value) ? Number(c.value) : undefined;
      if (n === undefined) bad(f.timeSpan ? 'a number (seconds, or [d.]hh:mm[:ss])' : 'a number');
      out.number = n;
      break;
    }
    case 'date':
      // Today/Yesterday are placed on the evaluator's clock; any clock tells whether the text is a date
      if (!parseDate(c.value, new Date(0))) bad('a date such as 2024-05-01, "2024-05-01 10:00", Today or Yesterday');
      break;
    case 'bool': {
      const l = c.value.toLowerCase();
      if (l !== 'true' && l !== 'false') bad('true or false');
      out.bool = l === 'true';
      break;
    }
    case 'enum': {
      const values = f.values ?? [];
      const idx = values.findIndex(([n]) => n.toLowerCase() === c.value.toLowerCase());
      if (idx < 0) fail(`"${c.value}" is not a value of ${name} for ${obj.display} ${at(c.valuePos)}; use one of: ${values.map(([n]) => n).join(', ')}`, c.valuePos, c.end);
      out.enumIndex = idx;
      break;
    }
  }
  return out;
}
