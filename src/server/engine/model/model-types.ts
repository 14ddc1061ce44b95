/**
 * Shape of `generated/api-model.json`, the one description of the API that drives the engine.
 * Produced by `npm run gen:model` (see build-model.ts) from the oVirt 4.6.1 model JSON and the v4 XSD;
 * the engine reads only the committed JSON, so the sources need not be present at run time.
 */

/** One member of a struct, in XSD element order. */
export interface ModelMember {
  /** model name (snake_case); the key used in engine documents */
  name: string;
  /** XML element / JSON key (differs from `name` where the model has a wire_name, e.g. numa_nodes → host_numa_nodes) */
  wire: string;
  /** model type name: a primitive, enum or struct */
  type: string;
  list?: true;
  /** declared among the model's `links` (references / sub-collections) rather than its attributes */
  link?: true;
  /** written as an XML attribute (only `id`) */
  attr?: true;
  /** for lists: the item element inside the `wire` wrapper (`nics` → `nic`, `usages` → `usage`) */
  item?: string;
  /** for lists the XSD repeats without a wrapper element: items are repeated `wire` elements */
  bare?: true;
  deprecated?: true;
}

export interface ModelStruct {
  name: string;
  kind: 'struct';
  base?: string;
  /** element name of one object (`vm`, `os` for operating_system, `host_numa_node`…) */
  element: string;
  /** element name of a collection of this type, when the XSD defines one (`vms`, `operation_systems`) */
  collection?: string;
  /** the XSD type derives from BaseResource: may carry `actions`, `link`s and `creation_status` */
  resource?: true;
  /** own members in XSD order; inherited ones come first from `base` (see `flat`) */
  members: ModelMember[];
  /** `members` already holds the inherited members too (XSD hierarchy differs from the model's) */
  flat?: true;
  deprecated?: true;
}

export interface ModelEnum {
  name: string;
  kind: 'enum';
  values: string[];
  deprecated_values?: string[];
}

export interface ModelPrimitive {
  name: string;
  kind: 'primitive';
}

export type ModelType = ModelStruct | ModelEnum | ModelPrimitive;

export interface ModelParameter {
  name: string;
  type: string;
  list: boolean;
  in: boolean;
  out: boolean;
  mandatory: boolean;
  mandatory_attributes?: string[];
  optional_attributes?: string[];
  wire_name?: string;
  deprecated?: boolean;
}

export type MethodKind = 'get' | 'list' | 'add' | 'update' | 'remove' | 'action';

export interface ModelMethod {
  name: string;
  kind: MethodKind;
  /** URL segment of an action (`cancel_migration` → `cancelmigration`) */
  path?: string;
  deprecated?: boolean;
  parameters: ModelParameter[];
  signatures?: { name: string; deprecated?: boolean; parameters: ModelParameter[] }[];
}

export interface ModelLocator {
  name: string;
  service: string;
  parameters: { name: string; type: string; list: boolean }[];
  /** URL segment: the name without underscores, or `{<param>}` for a locator with a parameter */
  path: string;
}

export interface ModelService {
  name: string;
  base?: string;
  area?: string;
  deprecated?: boolean;
  /** collection: has list or add and an id locator; entity: reached through an id locator; else a singleton service */
  role: 'collection' | 'entity' | 'service';
  /** collection: type of its items (from the list/add method); entity/service: type its get returns */
  type?: string;
  methods: ModelMethod[];
  locators: ModelLocator[];
}

export interface ApiModelData {
  version: string;
  root: string;
  types: ModelType[];
  services: ModelService[];
}
