// Resource-model objects for the tests of this folder, shaped as the client core reads them.
import type { Resource, Structure, Value } from '../../../../api/resource.ts';

export function ref(kind: string, id: string): Structure {
  return { kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields: {}, links: {}, actions: {} };
}

export function struct(fields: Record<string, Value>): Structure {
  return { fields, links: {}, actions: {} };
}

export function resource(kind: string, id: string, fields: Record<string, Value>): Resource {
  return { kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields, links: {}, actions: {} };
}
