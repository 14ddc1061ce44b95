/**
 * Seeded randomness. Everything the simulator invents (faults, noise, ticket values) comes
 * from here so a given `--seed` replays the same data center.
 */
import { createHash } from 'node:crypto';

/** mulberry32: tiny, fast and good enough for a simulation. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items.length ? items[Math.floor(this.next() * items.length)] : undefined;
  }

  token(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

/** A stable fraction in [0, 1) for a key: same seed and key, same number. */
export function hashFraction(seed: number, key: string): number {
  const b = createHash('md5').update(`${seed}:${key}`).digest();
  return b.readUInt32BE(0) / 4294967296;
}

const smooth = (x: number) => x * x * (3 - 2 * x);

/**
 * Smooth value noise in [0, 1): a hashed value every `periodMs`, eased in between, so gauges
 * wander plausibly instead of jumping, and the same instant always reads the same.
 */
export function valueNoise(seed: number, key: string, t: number, periodMs: number): number {
  const x = t / periodMs;
  const i = Math.floor(x);
  const a = hashFraction(seed, `${key}#${i}`);
  const b = hashFraction(seed, `${key}#${i + 1}`);
  return a + (b - a) * smooth(x - i);
}
