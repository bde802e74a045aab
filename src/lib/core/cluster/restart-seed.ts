/**
 * Seeds of the k-means restarts. Each restart's seed is a hash of the run's seed and the restart
 * index, not `seed XOR index`: with XOR, seeds 0 and 1 give the restart seeds {0, 1, 2, 3, …} and
 * {1, 0, 3, 2, …} — the same set of restarts, so "run again with another seed" found the same
 * best partition. Hashing the seed first (its own stream) and then the index gives every
 * (seed, restart) pair an unrelated 32-bit seed.
 */

import { deriveSeed } from '../random';

/** Stream number of the restart seeds (kept apart from the sample stream). */
const RESTART_STREAM = 0x4b3e;

/** Seed of restart `restart` (0, 1, …) of a k-means run with seed `seed`. */
export function restartSeed(seed: number, restart: number): number {
	return deriveSeed(deriveSeed(seed, RESTART_STREAM), restart);
}
