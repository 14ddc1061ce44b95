/**
 * Binds a collection service reached through a locator to its documents: a view from views.ts
 * when one is declared for `<parent service>/<locator>`, otherwise the documents stored under
 * the collection service's name (owned by the parent's id, or top-level under the root).
 */
import type { ModelService } from '../model/api-model.ts';
import type { ModelLocator } from '../model/model-types.ts';
import type { Doc } from '../store/store.ts';
import type { Ctx } from './context.ts';
import { GENERIC_VIEWS, VIEWS, type ViewCtx, type ViewDef } from './views.ts';

export interface CollectionBinding {
  /** the view or owned collection's key, for messages and debugging */
  key: string;
  /** whether names must be unique among this collection's items */
  uniqueNames: boolean;
  /** false when items are computed and cannot be added/changed/removed here */
  writable: boolean;
  list(): Doc[];
  get(id: string): Doc | undefined;
  add(doc: Record<string, unknown>): Doc;
  update(id: string, patch: Record<string, unknown>): Doc | undefined;
  remove(id: string): boolean;
}

export interface BindArgs {
  ctx: Ctx;
  parentService: ModelService;
  /** absent at the root */
  parent?: Doc;
  locator: ModelLocator;
}

/** Types whose items may share names (the engine allows duplicate disk aliases, event texts…). */
const NAMES_MAY_REPEAT = new Set(['disk', 'event', 'job', 'step', 'snapshot', 'permission', 'statistic', 'template', 'file', 'image', 'disk_attachment', 'cdrom']);

export function bindCollection(a: BindArgs, itemType: string | undefined): CollectionBinding {
  const viewKey = `${a.parentService.name}/${a.locator.name}`;
  const view: ViewDef | undefined = VIEWS[viewKey] ?? GENERIC_VIEWS[a.locator.service]?.(a.parentService.type);
  const parentId = a.parent?.id ?? '';
  const key = view?.store ?? a.locator.service;
  const store = a.ctx.store;
  const v: ViewCtx = { ctx: a.ctx, store, params: a.ctx.params, parent: a.parent, parentId, parentService: a.parentService.name };
  const uniqueNames = !view?.sharedNames && !NAMES_MAY_REPEAT.has(itemType ?? '');

  if (view?.list) {
    const list = () => view.list!(v);
    return {
      key: viewKey,
      uniqueNames,
      writable: !!view.add || !!view.update || !!view.remove,
      list,
      get: (id) => (view.get ? view.get(v, id) : list().find((d) => d.id === id)),
      add: (doc) => {
        if (!view.add) throw new NotWritable('add');
        return view.add(v, doc);
      },
      update: (id, patch) => {
        if (!view.update) throw new NotWritable('update');
        return view.update(v, id, patch);
      },
      remove: (id) => {
        if (!view.remove) throw new NotWritable('remove');
        return view.remove(v, id);
      },
    };
  }
  return {
    key,
    uniqueNames,
    writable: true,
    list: () => store.list(key, parentId),
    get: (id) => store.get(key, id, parentId),
    add: (doc) => (view?.add ? view.add(v, doc) : store.insert(key, { ...doc, id: undefined }, parentId)),
    update: (id, patch) => (view?.update ? view.update(v, id, patch) : store.update(key, id, patch, parentId)),
    remove: (id) => (view?.remove ? view.remove(v, id) : store.remove(key, id, parentId)),
  };
}

export class NotWritable extends Error {
  constructor(readonly operation: string) {
    super(`${operation} not supported here`);
  }
}
