/**
 * The engine's view of the oVirt v4 API: types (members in XSD order, enums, primitives) and the
 * service tree, loaded once from the committed `generated/api-model.json`.
 *
 *   const model = apiModel();
 *   model.members('vm')                         // inherited + own members, XSD order
 *   model.enumValues('vm_status')               // ['unassigned', 'down', …]
 *   model.resolvePath(['vms', '123', 'start'])  // { steps: [system, vms, vm(id=123)], action: start }
 */
import { readFileSync } from 'node:fs';
import type {
  ApiModelData,
  ModelEnum,
  ModelLocator,
  ModelMember,
  ModelMethod,
  ModelService,
  ModelStruct,
  ModelType,
} from './model-types.ts';

export type { ModelEnum, ModelMember, ModelMethod, ModelService, ModelStruct, ModelType } from './model-types.ts';

export const PRIMITIVES = ['boolean', 'string', 'integer', 'decimal', 'date'] as const;
export type PrimitiveName = (typeof PRIMITIVES)[number];

/** One step of a resolved URL: the service reached, and the id when it was reached through an id locator. */
export interface PathStep {
  service: ModelService;
  /** the URL segment that led here (empty for the root) */
  segment: string;
  /** locator used to get here (absent for the root) */
  locator?: ModelLocator;
  /** value of the locator's parameter (`id`, or `id_or_name`) */
  id?: string;
}

export interface ResolvedPath {
  steps: PathStep[];
  /** set when the last segment names an action of the last service */
  action?: ModelMethod;
}

export class ApiModel {
  readonly version: string;
  readonly root: string;
  private readonly types = new Map<string, ModelType>();
  private readonly byElement = new Map<string, ModelStruct>();
  private readonly services = new Map<string, ModelService>();
  private readonly memberCache = new Map<string, ModelMember[]>();
  private readonly memberIndex = new Map<string, Map<string, ModelMember>>();

  constructor(data: ApiModelData) {
    this.version = data.version;
    this.root = data.root;
    for (const t of data.types) {
      this.types.set(t.name, t);
      if (t.kind === 'struct' && !this.byElement.has(t.element)) this.byElement.set(t.element, t);
    }
    for (const s of data.services) this.services.set(s.name, s);
  }

  type(name: string): ModelType | undefined {
    return this.types.get(name);
  }

  struct(name: string): ModelStruct | undefined {
    const t = this.types.get(name);
    return t?.kind === 'struct' ? t : undefined;
  }

  enum(name: string): ModelEnum | undefined {
    const t = this.types.get(name);
    return t?.kind === 'enum' ? t : undefined;
  }

  enumValues(name: string): string[] | undefined {
    return this.enum(name)?.values;
  }

  isPrimitive(name: string): name is PrimitiveName {
    return this.types.get(name)?.kind === 'primitive';
  }

  /** Struct whose object element is `element` (`os` → operating_system). */
  typeByElement(element: string): ModelStruct | undefined {
    return this.byElement.get(element);
  }

  /** All members of a struct, inherited first, in XSD element order. Empty for non-structs. */
  members(typeName: string): ModelMember[] {
    const hit = this.memberCache.get(typeName);
    if (hit) return hit;
    const s = this.struct(typeName);
    let list: ModelMember[] = [];
    if (s) list = s.flat || !s.base ? s.members : [...this.members(s.base), ...s.members];
    this.memberCache.set(typeName, list);
    return list;
  }

  /** Member by model name or wire name. */
  member(typeName: string, name: string): ModelMember | undefined {
    let index = this.memberIndex.get(typeName);
    if (!index) {
      index = new Map();
      for (const m of this.members(typeName)) {
        index.set(m.name, m);
        if (!index.has(m.wire)) index.set(m.wire, m);
      }
      this.memberIndex.set(typeName, index);
    }
    return index.get(name);
  }

  service(name: string): ModelService | undefined {
    return this.services.get(name);
  }

  rootService(): ModelService {
    return this.services.get(this.root)!;
  }

  method(serviceName: string, methodName: string): ModelMethod | undefined {
    return this.services.get(serviceName)?.methods.find((m) => m.name === methodName);
  }

  /** Action methods of a service (what goes into `<actions>`). */
  actions(serviceName: string): ModelMethod[] {
    return this.services.get(serviceName)?.methods.filter((m) => m.kind === 'action') ?? [];
  }

  /** Named (parameterless) locators: the sub-collections and sub-services listed as `<link>`s. */
  subLocators(serviceName: string): ModelLocator[] {
    return this.services.get(serviceName)?.locators.filter((l) => l.parameters.length === 0) ?? [];
  }

  /** The id locator of a collection (`vms` → locator `vm` with parameter `id`). */
  idLocator(serviceName: string): ModelLocator | undefined {
    return this.services.get(serviceName)?.locators.find((l) => l.parameters.length > 0);
  }

  /**
   * Walks URL segments (below /ovirt-engine/api, matrix parameters already removed) from the root
   * service. A segment is, in this order of preference: a named locator, an action of the current
   * service (only as last segment), or the value for the id locator. Undefined = no such path (404).
   */
  resolvePath(segments: readonly string[]): ResolvedPath | undefined {
    const steps: PathStep[] = [{ service: this.rootService(), segment: '' }];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (seg === '') return undefined;
      const current = steps[steps.length - 1].service;
      const named = current.locators.find((l) => l.parameters.length === 0 && l.path === seg);
      if (named) {
        steps.push({ service: this.services.get(named.service)!, segment: seg, locator: named });
        continue;
      }
      if (i === segments.length - 1) {
        const action = current.methods.find((m) => m.kind === 'action' && m.path === seg);
        if (action) return { steps, action };
      }
      const byId = current.locators.find((l) => l.parameters.length > 0);
      if (!byId) return undefined;
      steps.push({ service: this.services.get(byId.service)!, segment: seg, locator: byId, id: seg });
    }
    return { steps };
  }
}

let loaded: ApiModel | undefined;

/** The model, parsed on first use and shared afterwards. */
export function apiModel(): ApiModel {
  if (!loaded) {
    const url = new URL('./generated/api-model.json', import.meta.url);
    loaded = new ApiModel(JSON.parse(readFileSync(url, 'utf8')) as ApiModelData);
  }
  return loaded;
}
