// JSON answers → the resource model. JSON has no root element, so the kind comes from the
// href the answer belongs to (resolved through the model's services) or from its shape.
import { ParseError } from './errors.ts';
import { faultFromTree } from './fault.ts';
import { toAction, toCollection, toDocument, toEntryPoint, type Parsed } from './document.ts';
import { elementOfType, pluralOf, resolvePath, typeOfElement } from './model-types.ts';
import { isObject, type Tree } from './tree.ts';

export interface JsonHint {
  /** The href (path) the answer came from; relative to the API base or absolute. */
  href?: string;
  /** The API base path (`/ovirt-engine/api`), to resolve `href`. */
  apiBase?: string;
  /** What the caller expects: an action answer (POST …/action, DELETE). */
  expect?: 'action';
  /** HTTP status (carried into faults). */
  status?: number;
}

function pathSegments(href: string, apiBase: string): string[] {
  let path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0];
  if (path.startsWith(apiBase)) path = path.slice(apiBase.length);
  else {
    const v = /^(\/ovirt-engine)?\/api(\/v[34])?/.exec(path);
    if (v) path = path.slice(v[0].length);
  }
  return path.split('/').filter(Boolean).map(decodeURIComponent);
}

export function parseJsonValue(tree: Tree, hint: JsonHint = {}): Parsed {
  const status = hint.status ?? 200;
  if (!isObject(tree)) throw new ParseError('The engine sent JSON that is not an object.');
  if (hint.expect === 'action') return toAction(status, tree);
  const fault = faultFromTree(status, tree);
  if (fault && (status >= 400 || isObject(tree.fault) || Object.keys(tree).every((k) => k === 'reason' || k === 'detail'))) {
    return { type: 'fault', fault };
  }
  const info = hint.href !== undefined ? resolvePath(pathSegments(hint.href, hint.apiBase ?? '/ovirt-engine/api')) : undefined;
  if (info?.service === 'system' || (!info && (tree.product_info !== undefined || tree.special_objects !== undefined))) {
    return { type: 'entry', entryPoint: toEntryPoint(tree) };
  }
  if (info?.action) return toAction(status, tree);
  const keys = Object.keys(tree).filter((k) => k !== 'actions' && k !== 'link' && k !== 'size');
  const single = keys.length === 1 ? keys[0] : undefined;
  const looksCollection = keys.length === 0 || (single !== undefined && Array.isArray(tree[single]) && typeOfElement(single) !== undefined);
  if (info?.collection || (!info && looksCollection && single)) {
    const item = single && Array.isArray(tree[single]) ? single : info?.type ? elementOfType(info.type) : (single ?? 'item');
    const coll = toCollection(tree, pluralOf(item), item);
    coll.kind = pluralOf(coll.itemKind);
    return { type: 'collection', collection: coll };
  }
  if (info?.type) return toDocument(elementOfType(info.type), tree, status);
  if (info && keys.length === 0) {
    // `{}` from a service the model gives no type: an empty collection named after it
    return { type: 'collection', collection: toCollection(tree, info.service) };
  }
  return toDocument(single && !tree.id ? single : 'unknown', tree, status);
}

/** Parses JSON text into the model. */
export function parseJson(json: string, hint: JsonHint = {}): Parsed {
  if (json.trim() === '') return { type: 'empty' };
  let tree: Tree;
  try {
    tree = JSON.parse(json) as Tree;
  } catch (e) {
    throw new ParseError(`The engine sent JSON that cannot be read: ${(e as Error).message}`, { cause: e });
  }
  return parseJsonValue(tree, hint);
}
