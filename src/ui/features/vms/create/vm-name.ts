// Names as the engine accepts them for a VM (ValidationUtils NO_SPECIAL_CHARACTERS_I18N and the
// MaxVmNameLength default): checked in the browser so a typo is caught before the round trip.

/** oVirt's default `MaxVmNameLength`. */
export const VM_NAME_MAX = 64;

const NAME_CHARS = /^[\p{L}0-9._-]+$/u;

/** Why `name` is not a valid VM name, or undefined when it is. */
export function vmNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'A name is required.';
  if (n !== name) return 'The name cannot start or end with spaces.';
  if ([...n].length > VM_NAME_MAX) return `The name can be at most ${VM_NAME_MAX} characters long.`;
  if (!NAME_CHARS.test(n)) return "The name can contain only letters, digits, '.', '_' and '-'.";
  return undefined;
}

/** Same character rule for NIC and disk names (the engine applies it to every device name). */
export function deviceNameProblem(name: string, max = 50): string | undefined {
  const n = name.trim();
  if (!n) return 'A name is required.';
  if (n !== name || !NAME_CHARS.test(n)) return "The name can contain only letters, digits, '.', '_' and '-'.";
  if ([...n].length > max) return `The name can be at most ${max} characters long.`;
  return undefined;
}
