/**
 * Walks a resolved path against the store: each collection level gets its binding, each entity
 * level its document. A missing entity anywhere in the chain is a 404, like the engine.
 */
import type { ModelService, PathStep, ResolvedPath } from '../model/api-model.ts';
import type { Doc } from '../store/store.ts';
import { bindCollection, type CollectionBinding } from './bindings.ts';
import type { Ctx } from './context.ts';
import { HttpFault } from './faults.ts';
import { API_BASE } from './hrefs.ts';
import { guardBinding } from '../authz/guard.ts';

export interface Level {
  step: PathStep;
  service: ModelService;
  href: string;
  binding?: CollectionBinding;
  /** item type of a collection level */
  itemType?: string;
  doc?: Doc;
}

/** Item type of a collection-like service: its declared type, else what its `add` takes. */
export function itemTypeOf(ctx: Ctx, service: ModelService): string | undefined {
  if (service.type) return service.type;
  const add = service.methods.find((m) => m.kind === 'add');
  return add?.parameters.find((p) => p.in && ctx.model.struct(p.type))?.type;
}

export function isCollectionLike(service: ModelService): boolean {
  return service.role === 'collection' || (service.role === 'service' && service.methods.some((m) => m.kind === 'add'));
}

export function walkChain(ctx: Ctx, resolved: ResolvedPath): Level[] {
  const levels: Level[] = [{ step: resolved.steps[0], service: resolved.steps[0].service, href: API_BASE }];
  for (const step of resolved.steps.slice(1)) {
    const prev = levels[levels.length - 1];
    const href = `${prev.href}/${encodeURIComponent(step.segment)}`;
    if (step.id !== undefined) {
      if (!prev.binding) throw HttpFault.notFound();
      const doc = prev.binding.get(step.id);
      if (!doc) throw HttpFault.notFound();
      levels.push({ step, service: step.service, href, doc });
      continue;
    }
    const level: Level = { step, service: step.service, href };
    if (isCollectionLike(step.service) && step.locator) {
      level.itemType = itemTypeOf(ctx, step.service);
      const binding = bindCollection(
        { ctx, parentService: prev.service, parent: prev.doc, locator: step.locator },
        level.itemType,
      );
      // Permissions: what a filtered caller may list and reach, and who may create what.
      const parentType = prev.doc ? levels[levels.length - 2]?.itemType : undefined;
      level.binding = guardBinding(ctx, binding, level.itemType, { locator: step.locator.name, parentType, parent: prev.doc });
    }
    levels.push(level);
  }
  return levels;
}

/** Binding of a top-level collection holding `typeName` objects, with its entity service. */
export function topLevelBinding(ctx: Ctx, typeName: string): { binding: CollectionBinding; entity?: ModelService; segment: string } | undefined {
  const root = ctx.model.rootService();
  for (const loc of ctx.model.subLocators(root.name)) {
    const svc = ctx.model.service(loc.service);
    if (svc?.role !== 'collection' || svc.type !== typeName) continue;
    const binding = bindCollection({ ctx, parentService: root, locator: loc }, typeName);
    const idLoc = ctx.model.idLocator(svc.name);
    return { binding, entity: idLoc && ctx.model.service(idLoc.service), segment: loc.path };
  }
  return undefined;
}
