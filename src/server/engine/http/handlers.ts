/**
 * The generic handlers behind every service of the model: list/get (GET), add (POST on a
 * collection), update (PUT), remove (DELETE) and actions (POST on `<entity>/<action>`). Which
 * one applies follows from the resolved service and the methods the model gives it.
 */
import type { ModelMethod, ResolvedPath } from '../model/api-model.ts';
import type { Doc } from '../store/store.ts';
import { readAction, readBody } from './codec/body-reader.ts';
import { beforeRemoval, runAction } from './actions.ts';
import { authorizeRequest, visibleOnly } from '../authz/guard.ts';
import { NotWritable } from './bindings.ts';
import { walkChain, type Level } from './chain.ts';
import type { Ctx } from './context.ts';
import type { HookInfo } from './hooks.ts';
import { withCreationDefaults } from './creation-defaults.ts';
import { HttpFault } from './faults.ts';
import { checkMandatory, checkUniqueName, fillEngineDefaults, resolveReferences } from './input-checks.ts';
import { msg } from './messages.ts';
import { parseFollow, represent } from './represent.ts';
import { runSearch } from './search-basic.ts';

type Obj = Record<string, unknown>;

export interface ApiRequest {
  method: string;
  body: string;
  contentType?: string;
  /** scheme://host of the request, for the Location header */
  origin: string;
}

export interface ApiAnswer {
  status: number;
  /** model type and value to serialize; absent = empty body */
  type?: string;
  value?: Obj;
  collection?: { type: string; values: Obj[]; size?: number; actions?: { rel: string; href: string }[] };
  headers?: Record<string, string>;
  /** faults of this request are wrapped in an <action> */
  action?: boolean;
  /** a creation that spawned background tasks (answered 202): their ids and how to answer once they end */
  creation?: { taskIds: string[]; reread: () => ApiAnswer };
}

const COMPLETE: ApiAnswer = { status: 200, type: 'action', value: { status: 'complete' } };

export function handleApi(ctx: Ctx, resolved: ResolvedPath, req: ApiRequest): ApiAnswer {
  // Validated here so that a bad boolean gets its 400 whatever the operation.
  ctx.params.bool('all_content', 'all-content');
  ctx.params.bool('filter', 'filter');
  const levels = walkChain(ctx, resolved);
  const last = levels[levels.length - 1];
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  authorizeRequest(ctx, levels, method, resolved.action);

  if (resolved.action) {
    if (method !== 'POST') throw HttpFault.methodNotAllowed();
    return doAction(ctx, levels, resolved.action, req);
  }
  if (last.binding) {
    if (method === 'GET') return listCollection(ctx, last, levels[levels.length - 2]);
    if (method === 'POST') return addToCollection(ctx, last, levels[levels.length - 2], req);
    throw HttpFault.methodNotAllowed();
  }
  if (last.doc) {
    const parent = levels[levels.length - 2];
    if (method === 'GET') return getEntity(ctx, last, parent);
    if (method === 'PUT') return updateEntity(ctx, last, parent, req);
    if (method === 'DELETE') return removeEntity(ctx, last, parent, levels[levels.length - 3]);
    throw HttpFault.methodNotAllowed();
  }
  throw HttpFault.notFound();
}

/** What hooks learn about the request and the object's place in the tree. */
function hookInfo(ctx: Ctx, entityService: string | undefined, parentLevel: Level | undefined): HookInfo {
  return {
    correlationId: ctx.params.correlationId,
    user: { id: ctx.user.id, name: ctx.user.principal },
    service: entityService,
    parentId: parentLevel?.doc?.id,
    parentService: parentLevel?.doc ? parentLevel.service.name : undefined,
  };
}

function entityType(last: Level, parent: Level): string {
  return parent.itemType ?? last.service.type ?? 'identified';
}

/**
 * A collection's documents for reading only. Owned collections (binding key = store key; view
 * keys hold a '/') come from the store's shared parsed copies instead of being parsed afresh:
 * `represent` copies before it adds anything, so nothing here writes to them.
 */
function readDocs(ctx: Ctx, level: Level, owner: Level | undefined): Doc[] {
  const binding = level.binding!;
  if (binding.key.includes('/')) return binding.list();
  // filtered callers see only what they have permissions on (authz)
  return visibleOnly(ctx, level.itemType, ctx.store.listReadonly(binding.key, owner?.doc?.id ?? '') as Doc[]);
}

function listCollection(ctx: Ctx, level: Level, owner: Level | undefined): ApiAnswer {
  const type = level.itemType;
  if (!type) throw HttpFault.notFound();
  let docs = readDocs(ctx, level, owner);
  const search = ctx.params.get('search');
  const max = ctx.params.int('max');
  if (search !== undefined) {
    const caseSensitive = ctx.params.bool('case_sensitive') ?? false;
    docs = runSearch({ ctx, type, collection: level.service.name, query: search, caseSensitive, max: max !== undefined && max >= 0 ? max : undefined, docs });
  }
  if (max !== undefined && max >= 0) docs = docs.slice(0, max);
  const follow = parseFollow(ctx.params.get('follow'));
  const idLoc = ctx.model.idLocator(level.service.name);
  const entity = idLoc ? ctx.model.service(idLoc.service) : undefined;
  const values = docs.map((d) => represent(ctx, d, type, `${level.href}/${encodeURIComponent(d.id)}`, entity, follow));
  const detail = detailOf(ctx);
  const wantsSize = ['vms', 'templates'].includes(level.service.name) && (detail.includes('size') || detail.includes('+size'));
  const collActions = ctx.model.actions(level.service.name).map((a) => ({ rel: a.path!, href: `${level.href}/${a.path}` }));
  const mainOff = detail.includes('-main');
  return {
    status: 200,
    collection: {
      type,
      values: mainOff ? [] : values,
      size: wantsSize ? values.length : undefined,
      actions: collActions.length ? collActions : undefined,
    },
  };
}

/** `detail` from the query, the last segment's matrix or the Accept header's parameters (`+size`, `-main`). */
function detailOf(ctx: Ctx): string[] {
  const raw = ctx.params.get('detail') ?? /(?:^|;)\s*detail=([^;,]*)/.exec(ctx.params.header('accept') ?? '')?.[1] ?? '';
  return raw.split(/(?=[+-])|[ ,;]/).map((s) => s.trim()).filter(Boolean);
}

function getEntity(ctx: Ctx, last: Level, parent: Level): ApiAnswer {
  const type = entityType(last, parent);
  return { status: 200, type, value: represent(ctx, last.doc!, type, last.href, last.service, parseFollow(ctx.params.get('follow'))) };
}

function methodOf(level: Level, kind: ModelMethod['kind']): ModelMethod {
  const m = level.service.methods.find((x) => x.kind === kind);
  if (!m) throw HttpFault.methodNotAllowed();
  return m;
}

function bodyParam(ctx: Ctx, m: ModelMethod, fallback: string): { name: string; type: string } {
  const p = m.parameters.find((x) => x.in && ctx.model.struct(x.type));
  return p ? { name: p.name, type: p.type } : { name: fallback, type: fallback };
}

function stripIdentity(body: Obj): Obj {
  const { href: _href, link: _link, actions: _actions, ...rest } = body;
  return rest;
}

function notWritable(op: string, href: string): HttpFault {
  return new HttpFault(405, msg('reason.not_supported'), msg('detail.not_supported', { op, path: href }));
}

function addToCollection(ctx: Ctx, level: Level, owner: Level, req: ApiRequest): ApiAnswer {
  const add = methodOf(level, 'add');
  const param = bodyParam(ctx, add, level.itemType!);
  const body = stripIdentity(readBody(param.type, req.body, req.contentType));
  fillEngineDefaults(level.service.name, add.name, body);
  checkMandatory(add, param.type, { [param.name]: body }, false, level.service.name);
  // An external job belongs to the request that added it, as the engine's own jobs do: it is
  // found with jobs?search=correlation_id=X (kept in the store; Job has no such attribute).
  if (level.service.name === 'jobs') body.correlation_id = ctx.params.correlationId;
  const itemType = level.itemType ?? param.type;
  const idLoc = ctx.model.idLocator(level.service.name);
  const entity = idLoc ? ctx.model.service(idLoc.service) : undefined;
  const info = hookInfo(ctx, entity?.name, owner);
  const created = ctx.store.transaction(() => {
    resolveReferences(ctx, param.type, body);
    checkUniqueName(level.binding!, itemType, body.name, undefined, 'add');
    ctx.hooks.checkCreate?.(itemType, body, info);
    let doc;
    try {
      doc = level.binding!.add(withCreationDefaults(itemType, body, ctx.store));
    } catch (err) {
      if (err instanceof NotWritable) throw notWritable('add', level.href);
      throw err;
    }
    let taskIds: string[] = [];
    if (ctx.hooks.onCreate) {
      ctx.hooks.onCreate(itemType, doc, info);
      taskIds = ctx.hooks.creationTasks?.(itemType, doc, info) ?? [];
      // the hook may have changed it (status, locks): answer with what is stored now
      doc = level.binding!.get(doc.id) ?? doc;
    }
    return { doc, taskIds };
  });
  const href = `${level.href}/${encodeURIComponent(created.doc.id)}`;
  const answer = (doc: Doc): ApiAnswer => ({
    status: 201,
    type: itemType,
    value: represent(ctx, doc, itemType, href, entity),
    headers: { location: `${req.origin}${href}` },
  });
  if (!created.taskIds.length) return answer(created.doc);
  // Storage tasks still run: 202, the object as it is now (locked) and where to follow the tasks.
  const accepted = answer(created.doc);
  const value = accepted.value!;
  const link = Array.isArray(value.link) ? (value.link as Obj[]) : [];
  value.creation_status = 'pending';
  value.link = [...link, { rel: 'creation_status', href: `${href}/creation_status/${created.taskIds.join(',')}` }];
  return {
    ...accepted,
    status: 202,
    creation: { taskIds: created.taskIds, reread: () => answer(level.binding!.get(created.doc.id) ?? created.doc) },
  };
}

/**
 * GET `<object>/creation_status/<task ids>`: how the background tasks of an asynchronous
 * creation are doing. `object` is the answer of a GET on the object (404 and authz come from it).
 */
export function creationStatus(ctx: Ctx, object: ApiAnswer, taskIds: string[]): { status: string } {
  const doc = object.value as Doc | undefined;
  return { status: ctx.hooks.creationStatus?.(taskIds, doc) ?? 'complete' };
}

function updateEntity(ctx: Ctx, last: Level, parent: Level, req: ApiRequest): ApiAnswer {
  const update = methodOf(last, 'update');
  const type = entityType(last, parent);
  const param = bodyParam(ctx, update, type);
  const { id: _id, ...patch } = stripIdentity(readBody(param.type, req.body, req.contentType));
  const updated = ctx.store.transaction(() => {
    resolveReferences(ctx, param.type, patch);
    checkUniqueName(parent.binding!, type, patch.name, last.doc!.id, 'update');
    try {
      const doc = parent.binding!.update(last.doc!.id, patch);
      if (!doc) throw HttpFault.notFound();
      return doc;
    } catch (err) {
      if (err instanceof NotWritable) throw notWritable('update', last.href);
      throw err;
    }
  });
  return { status: 200, type, value: represent(ctx, updated, type, last.href, last.service) };
}

function removeEntity(ctx: Ctx, last: Level, parent: Level, owner: Level | undefined): ApiAnswer {
  methodOf(last, 'remove');
  ctx.params.bool('async');
  ctx.params.bool('force');
  const type = entityType(last, parent);
  const info = hookInfo(ctx, last.service.name, owner);
  ctx.store.transaction(() => {
    beforeRemoval(ctx, type, last.doc!, info);
    try {
      if (!parent.binding!.remove(last.doc!.id)) throw HttpFault.notFound();
    } catch (err) {
      if (err instanceof NotWritable) throw notWritable('remove', last.href);
      throw err;
    }
    ctx.hooks.onRemove?.(type, last.doc!, info);
  });
  return COMPLETE;
}

function doAction(ctx: Ctx, levels: Level[], action: ModelMethod, req: ApiRequest): ApiAnswer {
  const last = levels[levels.length - 1];
  const parent = levels[levels.length - 2];
  const input = readAction(action.parameters, req.body, req.contentType);
  checkMandatory(action, 'action', input, true);
  const expect = `${ctx.params.header('expect') ?? ''} ${ctx.params.header('x-ovirt-expect') ?? ''}`.toLowerCase();
  const asyncRequested = input.async === true || ctx.params.bool('async') === true || expect.includes('202-accepted');
  const result = ctx.store.transaction(() =>
    runAction({
      ...ctx,
      service: last.service,
      method: action,
      type: last.doc ? entityType(last, parent) : undefined,
      doc: last.doc,
      binding: last.doc ? parent.binding : undefined,
      parentId: last.doc ? levels[levels.length - 3]?.doc?.id : undefined,
      input,
    }),
  );
  const status = result.status ?? (asyncRequested ? 'pending' : 'complete');
  return {
    status: asyncRequested ? 202 : 200,
    type: 'action',
    value: { ...input, ...(result.output ?? {}), status },
    action: true,
  };
}
