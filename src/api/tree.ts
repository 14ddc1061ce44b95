// The intermediate shape both wire formats are read into before normalisation: the JSON
// wire shape (wrappers kept, `link` arrays, attributes as plain members).
export type Tree = string | number | boolean | null | TreeObject | Tree[];
export interface TreeObject {
  [key: string]: Tree;
}

export function isObject(t: Tree | undefined): t is TreeObject {
  return typeof t === 'object' && t !== null && !Array.isArray(t);
}

export function toArray(t: Tree | undefined): Tree[] {
  if (t === undefined || t === null || t === '') return [];
  return Array.isArray(t) ? t : [t];
}

export function text(t: Tree | undefined): string | undefined {
  if (t === undefined || t === null) return undefined;
  if (typeof t === 'object') return undefined;
  return String(t);
}
