// What the engine's own model (`model.json`) says an `add` must carry, per entity type: the
// mandatory attributes of the collection's `add` method and of its first signature (the
// plain "from scratch" variant). `cluster.id|cluster.name` reads as "the cluster reference".

export type Requirements = Record<string, string[]>;

interface ModelParam {
  name: string;
  type: string;
  mandatory_attributes?: string[];
}
interface ModelMethod {
  kind?: string;
  parameters?: ModelParam[];
  signatures?: { parameters?: ModelParam[] }[];
}

/** Field path of a mandatory attribute: `cluster.id|cluster.name` → `cluster`, `id|name` → `name`. */
export function attributeField(attr: string): string {
  const alternatives = attr.split('|').map((a) => a.replace(/\.(id|name)$/, ''));
  if (alternatives.every((a) => a === 'id' || a === 'name')) return 'name';
  return alternatives[0];
}

export function requirementsFromModel(model: unknown): Requirements {
  const out: Requirements = {};
  const services = (model as { services?: { methods?: ModelMethod[] }[] })?.services ?? [];
  for (const svc of services) {
    for (const m of svc.methods ?? []) {
      if (m.kind !== 'add') continue;
      const params = [...(m.parameters ?? []), ...(m.signatures?.[0]?.parameters ?? [])];
      for (const p of params) {
        if (!p.mandatory_attributes?.length) continue;
        const list = (out[p.type] ??= []);
        for (const a of p.mandatory_attributes) {
          const f = attributeField(a);
          if (!list.includes(f)) list.push(f);
        }
      }
    }
  }
  return out;
}
