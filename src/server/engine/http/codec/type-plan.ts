/**
 * Per-type writing plans, compiled once per model and type so the writers do not ask the model
 * (member lists, struct or enum?) for every value: attributes, the members before the links
 * and the rest in XSD order (same split as field-order.ts), each with its scalar kind resolved.
 */
import type { ApiModel, ModelMember } from '../../model/api-model.ts';

export type ValueKind = 'struct' | 'boolean' | 'integer' | 'decimal' | 'date' | 'string' | 'enum' | 'none';

export interface MemberPlan {
  member: ModelMember;
  name: string;
  wire: string;
  /** tag of one list item (`nic` in `<nics>`) */
  itemTag: string;
  list: boolean;
  bare: boolean;
  type: string;
  kind: ValueKind;
  /** `"wire":` for the JSON writer */
  jsonKey: string;
  /** one of the name/description/comment run that goes before the links */
  lead: boolean;
}

export interface TypePlan {
  resource: boolean;
  attrs: MemberPlan[];
  leading: MemberPlan[];
  rest: MemberPlan[];
  /** leading then rest; `order` maps a member name to its place here (absent when names repeat) */
  elements: MemberPlan[];
  order?: Map<string, number>;
}

const LEADING = new Set(['name', 'description', 'comment']);
const plans = new WeakMap<ApiModel, Map<string, TypePlan>>();

function kindOf(model: ApiModel, type: string): ValueKind {
  if (model.struct(type)) return 'struct';
  switch (type) {
    case 'boolean':
    case 'integer':
    case 'decimal':
    case 'date':
    case 'string':
      return type;
    default:
      return model.enum(type) ? 'enum' : 'none';
  }
}

function memberPlan(model: ApiModel, m: ModelMember): MemberPlan {
  return {
    member: m, name: m.name, wire: m.wire, itemTag: m.item ?? m.wire, list: !!m.list, bare: !!m.bare,
    type: m.type, kind: kindOf(model, m.type), jsonKey: `${JSON.stringify(m.wire)}:`, lead: false,
  };
}

export function typePlan(model: ApiModel, typeName: string): TypePlan {
  let byType = plans.get(model);
  if (!byType) plans.set(model, (byType = new Map()));
  let plan = byType.get(typeName);
  if (!plan) {
    const resource = model.struct(typeName)?.resource === true;
    const members = model.members(typeName);
    const elements = members.filter((m) => !m.attr);
    // Leading members are the run of name/description/comment the XSD puts before <link>.
    let cut = 0;
    if (resource) while (cut < elements.length && LEADING.has(elements[cut].name)) cut++;
    const all = elements.map((m, i) => ({ ...memberPlan(model, m), lead: i < cut }));
    const order = new Map(all.map((m, i) => [m.name, i]));
    plan = {
      resource,
      attrs: members.filter((m) => m.attr).map((m) => memberPlan(model, m)),
      leading: all.slice(0, cut),
      rest: all.slice(cut),
      elements: all,
      order: order.size === all.length ? order : undefined,
    };
    byType.set(typeName, plan);
  }
  return plan;
}

/** A member present in the object (field-order.ts's rule). */
export const isPresent = (value: Record<string, unknown>, k: string): boolean =>
  // hasOwn first: most members are absent, and a failed own-property check is far cheaper than a missed keyed load
  Object.hasOwn(value, k) && value[k] !== undefined && value[k] !== null;

/**
 * The element members present in `value`, in plan order (leading first): found from the
 * object's own keys, since most objects — references above all — hold a handful of a type's
 * many members.
 */
export function presentMembers(plan: TypePlan, value: Record<string, unknown>): MemberPlan[] {
  const order = plan.order;
  if (!order) return plan.elements.filter((m) => isPresent(value, m.name));
  const at: number[] = [];
  for (const k in value) {
    const i = order.get(k);
    if (i === undefined) continue;
    const v = value[k];
    if (v !== undefined && v !== null && Object.hasOwn(value, k)) at.push(i);
  }
  if (at.length > 1) at.sort((a, b) => a - b);
  const out: MemberPlan[] = new Array(at.length);
  for (let j = 0; j < at.length; j++) out[j] = plan.elements[at[j]];
  return out;
}
