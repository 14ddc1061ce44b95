// Completion candidates for the search box: fields, cross-object prefixes, operators, enum
// values and keywords that fit at the cursor.
import { crossRefTarget, fieldOf, objectByAlias, objectByName, operatorsFor, OBJECTS, type FieldDef, type ObjectDef } from './objects.ts';
import { tokenize, type Token } from './tokenize.ts';

export type SuggestionKind = 'object' | 'field' | 'prefix' | 'operator' | 'value' | 'keyword';

export interface Suggestion {
  /** Text to insert in place of `from..to`. */
  text: string;
  kind: SuggestionKind;
  /** Short hint (field kind, enum meaning). */
  detail?: string;
}

export interface Suggestions {
  /** Range of the text the candidates replace (the partial word at the cursor). */
  from: number;
  to: number;
  items: Suggestion[];
}

const OP_CHARS = /[=!<>]/;

function fieldItems(obj: ObjectDef, prefix = ''): Suggestion[] {
  return obj.fields.map((f) => ({ text: prefix + f.name, kind: 'field', detail: f.unit ? `${f.kind}, ${f.unit}` : f.kind }));
}

function prefixItems(obj: ObjectDef): Suggestion[] {
  return Object.entries(obj.crossRefs).map(([p, target]) => ({ text: `${p}.`, kind: 'prefix', detail: target }));
}

function valueItems(f: FieldDef): Suggestion[] {
  if (f.kind === 'enum') return (f.values ?? []).map((v) => ({ text: v, kind: 'value' }));
  if (f.kind === 'bool') return ['true', 'false'].map((v) => ({ text: v, kind: 'value' }));
  if (f.kind === 'date') return ['Today', 'Yesterday'].map((v) => ({ text: v, kind: 'value' }));
  return [];
}

const kw = (...words: string[]): Suggestion[] => words.map((w) => ({ text: w, kind: 'keyword' }));

function resolve(obj: ObjectDef, word: string): FieldDef | undefined {
  const dot = word.indexOf('.');
  if (dot < 0) return fieldOf(obj, word);
  const target = crossRefTarget(obj, word.slice(0, dot));
  return target ? fieldOf(target, word.slice(dot + 1)) : undefined;
}

/** Candidates for the text at `cursor` when searching `objectType` (`Vms`, `vms`, `Hosts` …;
 * an `Object:` prefix in the text wins). */
export function suggest(text: string, cursor: number, objectType?: string): Suggestions {
  const before = text.slice(0, cursor);
  // the partial token under the cursor: operator characters, or a word
  // `Vms:` at the start is never part of the word being typed
  const head = /^\s*[A-Za-z]+:/.exec(before)?.[0].length ?? 0;
  let from = cursor;
  if (cursor > head && OP_CHARS.test(before[cursor - 1])) {
    while (from > head && OP_CHARS.test(before[from - 1])) from--;
  } else {
    while (from > head && !/[\s=!<>"]/.test(before[from - 1])) from--;
  }
  const partial = before.slice(from);
  const { tokens: all } = tokenize(before.slice(0, from));
  let tokens: Token[] = all;
  let obj = objectType ? objectByName(objectType) : undefined;
  if (all[1]?.type === 'colon') {
    obj = objectByAlias(all[0].value) ?? obj;
    tokens = all.slice(2);
  }
  const out = (items: Suggestion[]): Suggestions => {
    const p = partial.toLowerCase();
    return { from, to: cursor, items: items.filter((s) => s.text.toLowerCase().startsWith(p) && s.text.toLowerCase() !== p) };
  };
  if (!obj) {
    if (all.length === 0 && !partial.includes(':')) return out(OBJECTS.filter((o) => o.aliases.length).map((o) => ({ text: `${o.name}:`, kind: 'object' })));
    return { from, to: cursor, items: [] };
  }
  const last = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];

  // typing an operator
  if (OP_CHARS.test(partial)) {
    const f = last?.type === 'word' ? resolve(obj, last.value) : undefined;
    const ops = f ? operatorsFor(f) : ['=', '!='];
    const longer = out(ops.map((o) => ({ text: o, kind: 'operator' })));
    // a complete operator: the values may follow right away
    if (f && (ops as string[]).includes(partial)) return { from: cursor, to: cursor, items: [...valueItems(f), ...longer.items.map((s) => ({ ...s, text: s.text.slice(partial.length) }))] };
    return longer;
  }
  // a value after an operator
  if (last?.type === 'op') {
    const f = prev?.type === 'word' ? resolve(obj, prev.value) : undefined;
    return out(f ? valueItems(f) : []);
  }
  const lastWord = last?.type === 'word' ? last.value.toLowerCase() : undefined;
  if (lastWord === 'sortby') return out(fieldItems(obj));
  if (prev?.type === 'word' && prev.value.toLowerCase() === 'sortby') return out(kw('asc', 'desc', 'page'));
  if (lastWord === 'asc' || lastWord === 'desc') return out(kw('page'));
  if (lastWord === 'page') return { from, to: cursor, items: [] };
  // a field name just typed (followed by a space): its operators
  if (last?.type === 'word' && lastWord !== 'and' && lastWord !== 'or' && !(prev?.type === 'op')) {
    const f = resolve(obj, last.value);
    if (f && partial === '') return out(operatorsFor(f).map((o) => ({ text: o, kind: 'operator' })));
  }
  // a cross-object field: `host.na|`
  const dot = partial.indexOf('.');
  if (dot > 0) {
    const p = partial.slice(0, dot).toLowerCase();
    const target = crossRefTarget(obj, p);
    return out(target ? fieldItems(target, `${p}.`) : []);
  }
  const afterCondition = last !== undefined && (last.type === 'string' || (prev?.type === 'op'));
  const items = [...fieldItems(obj), ...prefixItems(obj)];
  if (afterCondition) items.unshift(...kw('and', 'or', 'sortby', 'page'));
  else if (tokens.length === 0) items.push(...kw('sortby', 'page'));
  return out(items);
}
