/**
 * Bugs the soak suite found in code owned by others, each with a failing regression test in
 * this folder. The reduced Vitest runs set them aside (so one bug fails one test, not three);
 * `npm run soak` still counts them as failures.
 */
import type { FuzzFailure } from '../fuzz/engine-fuzz.ts';

export const KNOWN_BUGS: Array<{ id: string; test: string; matches(f: FuzzFailure): boolean }> = [];
