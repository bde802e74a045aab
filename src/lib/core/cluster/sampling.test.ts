import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { bootstrapIndices, rowsByCluster, sampleIndices, stratifiedIndices } from './sampling';

describe('sampleIndices', () => {
	it('draws distinct ascending indices, all of them when asked for more', () => {
		const drawn = sampleIndices(1000, 100, createRandom(1));
		expect(new Set(drawn).size).toBe(100);
		expect(Array.from(drawn)).toEqual([...drawn].sort((a, b) => a - b));
		expect(Math.max(...drawn)).toBeLessThan(1000);
		expect(Array.from(sampleIndices(3, 5, createRandom(1)))).toEqual([0, 1, 2]);
	});
});

describe('bootstrapIndices', () => {
	it('draws with replacement', () => {
		const drawn = bootstrapIndices(100, 100, createRandom(2));
		expect(drawn.length).toBe(100);
		// Expected distinct rows ≈ 100 · (1 − 1/e) ≈ 63.
		expect(new Set(drawn).size).toBeLessThan(80);
	});
});

describe('stratifiedIndices', () => {
	it('keeps one row of every cluster even when more clusters than points are asked', () => {
		const labels = [0, 0, 0, 1, 2, 2];
		expect(Array.from(stratifiedIndices(labels, 2, createRandom(3))).map((i) => labels[i])).toEqual(
			[0, 1, 2]
		);
	});

	it('lists the rows of each cluster', () => {
		expect(rowsByCluster([1, 0, 1]).map((rows) => Array.from(rows))).toEqual([[1], [0, 2]]);
	});
});
