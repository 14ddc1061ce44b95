import { createHash } from 'node:crypto';

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * A UUID that depends only on `kind` and `name` (SHA-1 based, version 5 layout), so a
 * reseeded engine hands out the same ids and links, bookmarks and tests keep working.
 */
export function stableId(kind: string, name: string): string {
  const h = createHash('sha1').update(`vantage-demo/${kind}/${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Small seeded PRNG (mulberry32): same seed, same sequence, on every platform. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  hex(bytes: number): string {
    let s = '';
    for (let i = 0; i < bytes; i++) s += this.int(0, 255).toString(16).padStart(2, '0');
    return s;
  }
}

export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;

export const ref = (id: string) => ({ id });
