// Sizes: people type MiB or GiB, the engine stores bytes.

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

export type MemoryUnit = 'MiB' | 'GiB';

/** The engine's limit for 64-bit guests (`VM64BitMaxMemorySizeInMB`, 6 TiB). */
export const MAX_VM_MEMORY = 6 * 1024 * GiB;

/** Bytes for `amount` of `unit`; NaN when the amount is not a positive number. */
export function toBytes(amount: string | number, unit: MemoryUnit): number {
  const n = typeof amount === 'number' ? amount : Number(amount.trim());
  if (!Number.isFinite(n) || n <= 0 || (typeof amount === 'string' && amount.trim() === '')) return Number.NaN;
  return Math.round(n * (unit === 'GiB' ? GiB : MiB));
}

/** The friendliest exact form of a byte count: GiB when whole, MiB otherwise. */
export function fromBytes(bytes: number): { amount: string; unit: MemoryUnit } {
  if (bytes > 0 && bytes % GiB === 0) return { amount: String(bytes / GiB), unit: 'GiB' };
  return { amount: String(Math.round(bytes / MiB)), unit: 'MiB' };
}

/** Why a memory amount is refused (the engine needs a whole number of MiB, at least 1). */
export function memoryProblem(amount: string, unit: MemoryUnit): string | undefined {
  const bytes = toBytes(amount, unit);
  if (Number.isNaN(bytes)) return 'Enter a positive amount of memory.';
  if (bytes % MiB !== 0) return 'Memory must be a whole number of MiB.';
  if (bytes > MAX_VM_MEMORY) return 'At most 6 TiB of memory.';
  return undefined;
}

/** Why a disk size in GiB is refused. */
export function diskSizeProblem(gib: string): string | undefined {
  const n = Number(gib.trim());
  if (gib.trim() === '' || !Number.isInteger(n) || n <= 0) return 'Enter a whole, positive number of GiB.';
  return undefined;
}

/** Why a CPU count (sockets or cores) is refused. */
export function countProblem(value: string, max: number): string | undefined {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n) || n < 1) return 'Enter a whole number, at least 1.';
  if (n > max) return `At most ${max}.`;
  return undefined;
}
