/**
 * The order fields of one object go on the wire, shared by the XML and JSON writers so both follow
 * the XSD: `actions`, then `name`, `description`, `comment`, `creation_status`, the `link`s, then the
 * remaining members in XSD order. Keys that are not model members (or the special keys) are dropped.
 *
 *   for (const f of orderedFields(model, 'vm', doc)) …  // f.kind: 'actions' | 'links' | 'creation_status' | 'member'
 */
import type { ApiModel, ModelMember } from '../../model/api-model.ts';
import { linkList } from './scalars.ts';

export type OrderedField =
  | { kind: 'actions'; links: { rel: string; href: string }[] }
  | { kind: 'links'; links: { rel: string; href: string }[] }
  | { kind: 'creation_status'; value: string }
  | { kind: 'member'; member: ModelMember; value: unknown };

/** Per-type split of the members, computed once: what precedes the links and what follows. */
interface Plan {
  resource: boolean;
  leading: ModelMember[];
  rest: ModelMember[];
  attrs: ModelMember[];
}

const LEADING = new Set(['name', 'description', 'comment']);
const plans = new WeakMap<ApiModel, Map<string, Plan>>();

function planFor(model: ApiModel, typeName: string): Plan {
  let byType = plans.get(model);
  if (!byType) plans.set(model, (byType = new Map()));
  let plan = byType.get(typeName);
  if (!plan) {
    const resource = model.struct(typeName)?.resource === true;
    const elements = model.members(typeName).filter((m) => !m.attr);
    // Leading members are the run of name/description/comment the XSD puts before <link>.
    let cut = 0;
    if (resource) while (cut < elements.length && LEADING.has(elements[cut].name)) cut++;
    plan = { resource, leading: elements.slice(0, cut), rest: elements.slice(cut), attrs: model.members(typeName).filter((m) => m.attr) };
    byType.set(typeName, plan);
  }
  return plan;
}

const present = (value: Record<string, unknown>, k: string) => Object.hasOwn(value, k) && value[k] !== undefined && value[k] !== null;

export function orderedFields(model: ApiModel, typeName: string, value: Record<string, unknown>): OrderedField[] {
  const plan = planFor(model, typeName);
  const out: OrderedField[] = [];
  if (plan.resource && present(value, 'actions')) out.push({ kind: 'actions', links: linkList(value.actions) });
  for (const m of plan.leading) if (present(value, m.name)) out.push({ kind: 'member', member: m, value: value[m.name] });
  if (plan.resource) {
    if (typeof value.creation_status === 'string') out.push({ kind: 'creation_status', value: value.creation_status });
    if (Array.isArray(value.link) && value.link.length) {
      const links = linkList(value.link);
      if (links.length) out.push({ kind: 'links', links });
    }
  }
  for (const m of plan.rest) if (present(value, m.name)) out.push({ kind: 'member', member: m, value: value[m.name] });
  return out;
}

/** `href` (identified objects only) and the attribute members (`id`), as [name, text] pairs, href first like the engine. */
export function attributeFields(model: ApiModel, typeName: string, value: Record<string, unknown>): [string, string][] {
  const plan = planFor(model, typeName);
  const out: [string, string][] = [];
  if (plan.resource && typeof value.href === 'string') out.push(['href', value.href]);
  for (const m of plan.attrs) {
    const v = value[m.name];
    if (typeof v === 'string' || typeof v === 'number') out.push([m.wire, String(v)]);
  }
  return out;
}
