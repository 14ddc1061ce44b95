/**
 * Builds the engine's API description (`generated/api-model.json`) from the oVirt model JSON and
 * the v4 XSD. The model says which types, members, enums and services exist; the XSD is
 * authoritative for element order, element names of objects, collections and list items, and
 * for which members are XML attributes. Used by `scripts/gen-model.ts` and by the up-to-date test.
 *
 *   const data = buildApiModel(modelJsonText, xsdText); // ApiModelData
 *   writeFileSync(out, serializeApiModel(data));
 */
import { XMLParser } from 'fast-xml-parser';
import type {
  ApiModelData,
  ModelLocator,
  ModelMember,
  ModelMethod,
  ModelService,
  ModelStruct,
  ModelType,
} from './model-types.ts';

interface SourceMember { name: string; type: string; list: boolean; wire_name?: string; deprecated?: boolean }
interface SourceType {
  name: string; kind: 'struct' | 'enum' | 'primitive'; base?: string; wire_name?: string; deprecated?: boolean;
  attributes?: SourceMember[]; links?: SourceMember[]; values?: string[]; deprecated_values?: string[];
}
interface SourceService {
  name: string; base?: string; area?: string; deprecated?: boolean;
  methods: Omit<ModelMethod, 'path'>[];
  locators: Omit<ModelLocator, 'path'>[];
}
interface SourceModel { version: string; root: string; types: SourceType[]; services: SourceService[] }

/** An xs:element inside a complex type, after resolving `ref`. */
interface XsdElement { name: string; type?: string; inline?: XsdNode; unbounded: boolean }
type XsdNode = Record<string, any>;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

class Xsd {
  readonly elements = new Map<string, string>(); // top-level element name → type name
  readonly complex = new Map<string, XsdNode>();
  private flatCache = new Map<string, { elements: XsdElement[]; attributes: string[] }>();

  constructor(text: string) {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['xs:element', 'xs:complexType', 'xs:simpleType', 'xs:attribute', 'xs:enumeration'].includes(name),
    });
    const schema = parser.parse(text)['xs:schema'];
    for (const el of asArray<XsdNode>(schema['xs:element'])) if (el.name && el.type) this.elements.set(el.name, el.type);
    for (const ct of asArray<XsdNode>(schema['xs:complexType'])) this.complex.set(ct.name, ct);
  }

  /** Elements and attributes of a complex type, base type's first (xs:extension semantics). */
  flatten(node: XsdNode): { elements: XsdElement[]; attributes: string[] } {
    const ext = node['xs:complexContent']?.['xs:extension'];
    const base = ext ? this.flattenNamed(ext.base) : { elements: [], attributes: [] };
    const body = ext ?? node;
    const own = asArray<XsdNode>(body['xs:sequence']?.['xs:element']).map((el): XsdElement => {
      const name: string = el.name ?? el.ref;
      return {
        name,
        type: el.ref ? this.elements.get(el.ref) : el.type,
        inline: el['xs:complexType']?.[0],
        unbounded: el.maxOccurs === 'unbounded',
      };
    });
    const attrs = asArray<XsdNode>(body['xs:attribute']).map((a) => a.name as string);
    return { elements: [...base.elements, ...own], attributes: [...base.attributes, ...attrs] };
  }

  flattenNamed(typeName: string) {
    let hit = this.flatCache.get(typeName);
    if (!hit) {
      const node = this.complex.get(typeName);
      hit = node ? this.flatten(node) : { elements: [], attributes: [] };
      this.flatCache.set(typeName, hit);
    }
    return hit;
  }

  /** Item element of a list wrapper (`Nics` → `nic`); undefined when the type is no wrapper. */
  listItem(el: XsdElement): string | undefined {
    const node = el.inline ?? (el.type ? this.complex.get(el.type) : undefined);
    if (!node) return undefined;
    const items = this.flatten(node).elements.filter((e) => e.unbounded);
    return items.length === 1 ? items[0].name : undefined;
  }

  /** Collection element names by item element (`vm` → `vms`, `operating_system` → `operation_systems`). */
  collections(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [elName, typeName] of this.elements) {
      const node = this.complex.get(typeName);
      if (node?.['xs:complexContent']?.['xs:extension']?.base !== 'BaseResources') continue;
      const items = this.flatten(node).elements.filter((e) => e.unbounded);
      if (items.length === 1 && !out.has(items[0].name)) out.set(items[0].name, elName);
    }
    return out;
  }
}

/** Model types whose XSD complex type has neither a top-level element nor the camel-cased name. */
const XSD_TYPE_ALIASES: Record<string, string> = { identified: 'BaseResource' };

const camel = (name: string) => name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/** Metamodel rule for URL segments: the name with its underscores removed. */
export const pathSegment = (name: string) => name.replace(/_/g, '');

function buildStruct(t: SourceType, xsd: Xsd, collections: Map<string, string>, problems: string[]): ModelStruct {
  const element = t.wire_name ?? t.name;
  const xsdTypeName = xsd.elements.get(element) ?? XSD_TYPE_ALIASES[t.name] ?? camel(t.name);
  const flat = xsd.flattenNamed(xsdTypeName);
  if (!xsd.complex.has(xsdTypeName)) problems.push(`type ${t.name}: no XSD complex type ${xsdTypeName}`);

  const byWire = new Map<string, { m: SourceMember; link: boolean }>();
  for (const m of t.attributes ?? []) byWire.set(m.wire_name ?? m.name, { m, link: false });
  for (const m of t.links ?? []) if (!byWire.has(m.wire_name ?? m.name)) byWire.set(m.wire_name ?? m.name, { m, link: true });

  const members: ModelMember[] = [];
  const used = new Set<string>();
  const add = (wire: string, xsdEl: XsdElement | undefined, attr: boolean) => {
    const hit = byWire.get(wire);
    if (!hit || used.has(wire)) return;
    used.add(wire);
    const { m, link } = hit;
    const member: ModelMember = { name: m.name, wire, type: m.type };
    if (m.list) member.list = true;
    if (link) member.link = true;
    if (attr) member.attr = true;
    if (m.deprecated) member.deprecated = true;
    if (m.list && xsdEl) {
      if (xsdEl.unbounded) {
        member.item = wire;
        member.bare = true;
      } else {
        const item = xsd.listItem(xsdEl);
        if (item) member.item = item;
        else problems.push(`type ${t.name}: list member ${wire} has no item element in XSD`);
      }
    }
    members.push(member);
  };
  for (const a of flat.attributes) add(a, undefined, true);
  for (const el of flat.elements) add(el.name, el, false);
  for (const [wire] of byWire) if (!used.has(wire)) problems.push(`type ${t.name}: member ${wire} not in XSD (dropped)`);

  const struct: ModelStruct = { name: t.name, kind: 'struct', element, members };
  if (t.base) struct.base = t.base;
  // XSD BaseResource descendants carry <actions>, <link> and creation_status; other structs may not.
  if (flat.elements.some((e) => e.name === 'link')) struct.resource = true;
  const coll = collections.get(element);
  if (coll) struct.collection = coll;
  if (t.deprecated) struct.deprecated = true;
  return struct;
}

/** Keep only members not inherited from `base` when the base's members are a prefix; else mark flat. */
function shrinkToOwn(structs: Map<string, ModelStruct>, full: Map<string, ModelMember[]>) {
  for (const s of structs.values()) {
    const baseMembers = s.base ? full.get(s.base) : undefined;
    const mine = full.get(s.name)!;
    if (!baseMembers) continue;
    const isPrefix = baseMembers.length <= mine.length &&
      baseMembers.every((b, i) => JSON.stringify(b) === JSON.stringify(mine[i]));
    if (isPrefix) s.members = mine.slice(baseMembers.length);
    else s.flat = true;
  }
}

function buildServices(src: SourceModel): ModelService[] {
  const byName = new Map(src.services.map((s) => [s.name, s]));
  const reachedById = new Set<string>();
  for (const s of src.services) for (const l of s.locators) if (l.parameters.length > 0) reachedById.add(l.service);

  return src.services.map((s): ModelService => {
    const hasListOrAdd = s.methods.some((m) => m.kind === 'list' || m.kind === 'add');
    const hasIdLocator = s.locators.some((l) => l.parameters.length > 0);
    const role = hasListOrAdd && hasIdLocator ? 'collection' : reachedById.has(s.name) ? 'entity' : 'service';
    const out: ModelService = {
      name: s.name,
      role,
      methods: s.methods.map((m) => (m.kind === 'action' ? { ...m, path: pathSegment(m.name) } : { ...m })),
      locators: s.locators.map((l) => ({
        ...l,
        path: l.parameters.length > 0 ? `{${l.parameters[0].name}}` : pathSegment(l.name),
      })),
    };
    const typeFrom = (kinds: string[]) => {
      for (const m of s.methods) {
        if (!kinds.includes(m.kind)) continue;
        const p = m.parameters.find((p) => p.out && !['boolean', 'string', 'integer', 'decimal', 'date'].includes(p.type));
        if (p) return p.type;
      }
      return undefined;
    };
    const type = role === 'collection' ? typeFrom(['list', 'add']) : typeFrom(['get', 'update']);
    if (type) out.type = type;
    if (s.base) out.base = s.base;
    if (s.area) out.area = s.area;
    if (s.deprecated) out.deprecated = s.deprecated;
    for (const l of s.locators) if (!byName.has(l.service)) throw new Error(`locator ${s.name}.${l.name}: unknown service ${l.service}`);
    return out;
  });
}

export interface BuildResult { data: ApiModelData; problems: string[] }

export function buildApiModel(modelJson: string, xsdText: string): BuildResult {
  const src = JSON.parse(modelJson) as SourceModel;
  const xsd = new Xsd(xsdText);
  const collections = xsd.collections();
  const problems: string[] = [];

  const structs = new Map<string, ModelStruct>();
  const full = new Map<string, ModelMember[]>();
  const types: ModelType[] = src.types.map((t): ModelType => {
    if (t.kind === 'primitive') return { name: t.name, kind: 'primitive' };
    if (t.kind === 'enum') {
      const e: ModelType = { name: t.name, kind: 'enum', values: t.values ?? [] };
      if (t.deprecated_values?.length) e.deprecated_values = t.deprecated_values;
      return e;
    }
    const s = buildStruct(t, xsd, collections, problems);
    structs.set(s.name, s);
    full.set(s.name, s.members);
    return s;
  });
  shrinkToOwn(structs, full);
  return { data: { version: src.version, root: src.root, types, services: buildServices(src) }, problems };
}

/** One type or service per line: compact, yet reviewable in a diff. */
export function serializeApiModel(data: ApiModelData): string {
  const lines = [
    `{"version":${JSON.stringify(data.version)},"root":${JSON.stringify(data.root)},`,
    '"types":[',
    data.types.map((t) => JSON.stringify(t)).join(',\n'),
    '],',
    '"services":[',
    data.services.map((s) => JSON.stringify(s)).join(',\n'),
    ']}',
  ];
  return lines.join('\n') + '\n';
}
