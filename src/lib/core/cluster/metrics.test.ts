import { describe, expect, it } from 'vitest';
import { flatMatrix } from './matrix';
import { calinskiHarabasz, daviesBouldin, inertia, silhouette, silhouetteSamples } from './metrics';
import { clusterMeans } from './partition';
import { gaussianBlobs } from './testing/data-sets';

// 1-D: cluster 0 = {0, 2} (centre 1), cluster 1 = {6, 8, 10} (centre 8).
const line = flatMatrix(Float64Array.from([0, 2, 6, 8, 10]), 5, 1);
const lineLabels = [0, 0, 1, 1, 1];

// 2-D: A = {(0,0), (2,0)} centre (1,0); B = {(0,4), (0,6)} centre (0,5);
// C = {(6,0), (6,2), (6,4)} centre (6,2).
const plane = flatMatrix(Float64Array.from([0, 0, 2, 0, 0, 4, 0, 6, 6, 0, 6, 2, 6, 4]), 7, 2);
const planeLabels = [0, 0, 1, 1, 2, 2, 2];

describe('silhouette', () => {
	it('matches the hand-computed value on a line', () => {
		// x=0:  a = 2,             b = (6+8+10)/3 = 8  → s = 6/8 = 3/4
		// x=2:  a = 2,             b = (4+6+8)/3 = 6   → s = 4/6 = 2/3
		// x=6:  a = (2+4)/2 = 3,   b = (6+4)/2 = 5     → s = 2/5
		// x=8:  a = (2+2)/2 = 2,   b = (8+6)/2 = 7     → s = 5/7
		// x=10: a = (4+2)/2 = 3,   b = (10+8)/2 = 9    → s = 6/9 = 2/3
		// mean = (3/4 + 2/3 + 2/5 + 5/7 + 2/3) / 5 = (1343/420) / 5 = 1343/2100
		const samples = silhouetteSamples(line, lineLabels);
		const expected = [3 / 4, 2 / 3, 2 / 5, 5 / 7, 2 / 3];
		expected.forEach((value, i) => expect(samples[i]).toBeCloseTo(value, 12));
		const result = silhouette(line, lineLabels);
		expect(result.score).toBeCloseTo(1343 / 2100, 12);
		expect(result).toMatchObject({ sampled: false, sampleSize: 5 });
	});

	it('scores a one-row cluster 0', () => {
		// {0, 1} and {5}: x=0: a=1, b=5 → 4/5; x=1: a=1, b=4 → 3/4; x=5 alone → 0. Mean 31/60.
		const points = flatMatrix(Float64Array.from([0, 1, 5]), 3, 1);
		expect(silhouette(points, [0, 0, 1]).score).toBeCloseTo(31 / 60, 12);
	});

	it('is NaN with one cluster or with as many clusters as rows', () => {
		expect(silhouette(line, [0, 0, 0, 0, 0]).score).toBeNaN();
		expect(silhouette(line, [0, 1, 2, 3, 4]).score).toBeNaN();
	});

	it('ignores unused label numbers', () => {
		expect(silhouette(line, [0, 0, 3, 3, 3]).score).toBeCloseTo(1343 / 2100, 12);
	});

	it('samples beyond the exact limit, says so, and stays close to the exact value', () => {
		const blobs = gaussianBlobs(
			[
				[0, 0],
				[4, 0],
				[0, 4]
			],
			600,
			1,
			5
		);
		const labels = Int32Array.from({ length: blobs.rows }, (_, i) => i % 3);
		const exact = silhouette(blobs, labels, { exactUpTo: 5000 });
		const sampled = silhouette(blobs, labels, { exactUpTo: 1000, sampleSize: 900, seed: 2 });
		expect(exact.sampled).toBe(false);
		expect(sampled).toMatchObject({ sampled: true, sampleSize: 900 });
		expect(Math.abs(sampled.score - exact.score)).toBeLessThan(0.02);
		expect(silhouette(blobs, labels, { exactUpTo: 1000, sampleSize: 900, seed: 2 })).toEqual(
			sampled
		);
	});
});

describe('calinskiHarabasz', () => {
	it('matches the hand-computed value on a line', () => {
		// Overall mean 26/5 = 5.2. Between: 2·(1−5.2)² + 3·(8−5.2)² = 35.28 + 23.52 = 58.8.
		// Within: (1 + 1) + (4 + 0 + 4) = 10. CH = (58.8 / (2−1)) / (10 / (5−2)) = 17.64.
		expect(calinskiHarabasz(line, lineLabels)).toBeCloseTo(17.64, 12);
	});

	it('matches the hand-computed value in the plane', () => {
		// Overall mean (20/7, 16/7). Between: 2·425/49 + 2·761/49 + 3·488/49 = 3836/49.
		// Within: 2 + 2 + 8 = 12. CH = (3836/49 / 2) / (12 / 4) = 3836/294 = 1918/147.
		expect(calinskiHarabasz(plane, planeLabels)).toBeCloseTo(1918 / 147, 12);
	});

	it('is 1 when every cluster is a single point repeated (no within dispersion)', () => {
		const points = flatMatrix(Float64Array.from([1, 1, 3, 3]), 4, 1);
		expect(calinskiHarabasz(points, [0, 0, 1, 1])).toBe(1);
	});
});

describe('daviesBouldin', () => {
	it('matches the hand-computed value on a line', () => {
		// s₀ = mean |x − 1| = 1, s₁ = mean |x − 8| = 4/3, d = 7: R = (1 + 4/3) / 7 = 1/3 for both.
		expect(daviesBouldin(line, lineLabels)).toBeCloseTo(1 / 3, 12);
	});

	it('matches the hand-computed value in the plane', () => {
		// s = (1, 1, 4/3); d(A,B) = √26, d(A,C) = √29, d(B,C) = √45.
		// R(A,B) = 2/√26 ≈ 0.3922, R(A,C) = (7/3)/√29 ≈ 0.4333, R(B,C) = (7/3)/√45 ≈ 0.3478.
		// Max per cluster: A 0.4333 (C), B 0.3922 (A), C 0.4333 (A); DB = their mean.
		const expected = ((2 * 7) / 3 / Math.sqrt(29) + 2 / Math.sqrt(26)) / 3;
		expect(daviesBouldin(plane, planeLabels)).toBeCloseTo(expected, 12);
	});

	it('is 0 when no cluster has any spread', () => {
		const points = flatMatrix(Float64Array.from([1, 1, 3, 3]), 4, 1);
		expect(daviesBouldin(points, [0, 0, 1, 1])).toBe(0);
	});
});

describe('inertia', () => {
	it('sums squared distances to the cluster means', () => {
		// Line: (1 + 1) + (4 + 0 + 4) = 10; plane: 2 + 2 + 8 = 12.
		expect(inertia(line, lineLabels, clusterMeans(line, lineLabels, 2))).toBeCloseTo(10, 12);
		expect(inertia(plane, planeLabels, clusterMeans(plane, planeLabels, 3))).toBeCloseTo(12, 12);
	});
});
