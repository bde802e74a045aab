import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../random';
import { fitKMeans } from './kmeans';
import { restartSeed } from './restart-seed';
import { uniformCloud } from './testing/data-sets';

describe('k-means restart seeds', () => {
	it('are unrelated across run seeds (no seed XOR index)', () => {
		const seen = new Set<number>();
		for (let seed = 0; seed < 100; seed++) {
			for (let restart = 0; restart < 10; restart++) seen.add(restartSeed(seed, restart));
		}
		// 1,000 distinct seeds: no two (seed, restart) pairs share a restart.
		expect(seen.size).toBe(1000);
		// The old scheme made seed 1's restarts a permutation of seed 0's.
		const xor = (seed: number) => new Set([0, 1, 2, 3].map((i) => deriveSeed(seed, i)));
		expect([...xor(1)].every((s) => xor(0).has(s))).toBe(true);
		const hashed = new Set([0, 1, 2, 3].map((i) => restartSeed(0, i)));
		expect([0, 1, 2, 3].some((i) => hashed.has(restartSeed(1, i)))).toBe(false);
	});

	it('make fits with seed 0 and seed 1 differ, and a fixed seed reproduce', () => {
		// A uniform cloud has many local optima: different starts end in different partitions.
		const points = uniformCloud(500, 3, 5);
		const fit = (seed: number) => fitKMeans(points, 8, { restarts: 2, seed });
		const zero = fit(0);
		const one = fit(1);
		expect(one.inertia).not.toBe(zero.inertia);
		const again = fit(0);
		expect(again.inertia).toBe(zero.inertia);
		expect(Array.from(again.labels)).toEqual(Array.from(zero.labels));
	});
});
