// oVirt's rule for VM and template names: letters, digits, `-`, `_` and `.`, at most 64.
const NAME = /^[\p{L}0-9._-]+$/u;

export function nameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'A name is required.';
  if (n.length > 64) return 'At most 64 characters.';
  if (!NAME.test(n)) return 'Only letters, digits, “-”, “_” and “.” are allowed.';
  return undefined;
}
