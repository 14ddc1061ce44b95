/**
 * Seeded randomness. Everything the simulator invents (faults, noise, ticket values) comes
 * from here so a given `--seed` replays the same data center.
 */
import { createHash } from 'node:crypto';
import { Prng } from '../store/seed-util.ts';

/** The seed's PRNG (mulberry32, shared with the inventory seeds), plus what the simulator
 * needs on top: a non-zero default state and random tokens (ticket values). */
export class SeededRandom extends Prng {
  constructor(seed: number) {
    super(seed >>> 0 || 0x9e3779b9);
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
