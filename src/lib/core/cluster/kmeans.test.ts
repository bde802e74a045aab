import { kmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { buildFeatures } from './features';
import { fitKMeans } from './kmeans';
import { fromNestedRows, toNestedRows } from './matrix';
import type { FlatMatrix } from './matrix';
import { assignToCentres, clusterMeans, inertia } from './partition';
import { gaussianBlobs, readMallCustomers, uniformCloud } from './testing/data-sets';

/** Mall Customers: annual income and spending score, standardised (population sd). */
function mallIncomeAndScore(): FlatMatrix {
	const mall = readMallCustomers();
	return buildFeatures({
		numeric: [
			{ name: 'AnnualIncome', values: mall.annualIncome },
			{ name: 'SpendingScore', values: mall.spendingScore }
		]
	}).matrix;
}

/** The lowest inertia of ml-kmeans's own k-means++ over seeds 0..seeds−1. */
function mlKMeansBest(points: FlatMatrix, k: number, seeds: number): number {
	const nested = toNestedRows(points);
	let best = Infinity;
	for (let seed = 0; seed < seeds; seed++) {
		const result = kmeans(nested, k, { seed, initialization: 'kmeans++' });
		best = Math.min(best, inertia(points, result.clusters, fromNestedRows(result.centroids)));
	}
	return best;
}

const blobs = gaussianBlobs(
	[
		[0, 0, 0],
		[5, 0, 1],
		[0, 5, 2],
		[5, 5, 0],
		[2.5, 2.5, 5]
	],
	120,
	1.2,
	11
);

describe('fitKMeans against ml-kmeans k-means++', () => {
	// Where the data hold clear clusters, both reach the best partition within 10 seeds.
	const structured: [string, () => FlatMatrix, number][] = [
		['Gaussian blobs', () => blobs, 5],
		['Mall Customers', mallIncomeAndScore, 5]
	];
	for (const [name, data, k] of structured) {
		it(`reaches an inertia no worse over the same 10 seeds on ${name}`, () => {
			const points = data();
			const ours = fitKMeans(points, k, { restarts: 10, seed: 1 });
			expect(ours.inertia).toBeLessThanOrEqual(mlKMeansBest(points, k, 10) * (1 + 1e-9));
		});
	}

	// Without clear clusters there are many local optima a few tenths of a percent apart. ml-kmeans
	// also uses greedy k-means++ (2 + ⌊ln k⌋ trials), so the two are equal in distribution and a
	// single comparison is a coin flip: compare the mean best inertia of 10 independent sets of 10
	// restarts (its spread over base seeds stays below 0.5 %; 1 % leaves room).
	const unstructured: [string, () => FlatMatrix, number][] = [
		['a uniform cloud', () => uniformCloud(600, 3, 21), 6],
		['Mall Customers with too many clusters (k = 8)', mallIncomeAndScore, 8]
	];
	for (const [name, data, k] of unstructured) {
		it(`reaches an inertia no worse on average over the same seeds on ${name}`, () => {
			const points = data();
			const nested = toNestedRows(points);
			let ours = 0;
			let theirs = 0;
			for (let set = 0; set < 10; set++) {
				ours += fitKMeans(points, k, { restarts: 10, seed: 100 + set }).inertia;
				let best = Infinity;
				for (let seed = set * 10; seed < set * 10 + 10; seed++) {
					const result = kmeans(nested, k, { seed, initialization: 'kmeans++' });
					best = Math.min(best, inertia(points, result.clusters, fromNestedRows(result.centroids)));
				}
				theirs += best;
			}
			expect(ours).toBeLessThanOrEqual(theirs * 1.01);
		});
	}
});

describe('fitKMeans on Mall Customers (income and score, standardised, k = 5)', () => {
	const points = mallIncomeAndScore();

	it('finds the well-known five segments with the lowest inertia', () => {
		// 65.5684081557 is the lowest inertia found by 1,000 restarts (and by scikit-learn's
		// KMeans(n_clusters=5) on StandardScaler-scaled columns: ≈ 65.568).
		const fit = fitKMeans(points, 5, { restarts: 10, seed: 1 });
		expect([...fit.sizes].sort((a, b) => b - a)).toEqual([81, 39, 35, 23, 22]);
		expect(Number(fit.inertia.toPrecision(4))).toBe(65.57);
		expect(fit.inertia).toBeCloseTo(65.5684081557, 6);
		expect(fit.converged).toBe(true);
	});

	it('reports an inertia consistent with its labels and centres', () => {
		const fit = fitKMeans(points, 5, { restarts: 3, seed: 4 });
		const means = clusterMeans(points, fit.labels, 5);
		expect(inertia(points, fit.labels, means)).toBeCloseTo(fit.inertia, 9);
		Array.from(means.data).forEach((value, i) => expect(value).toBeCloseTo(fit.centres.data[i], 9));
		expect(Array.from(assignToCentres(points, fit.centres))).toEqual(Array.from(fit.labels));
	});

	it('gives the same labels for the same seed, and for other seeds finding the same partition', () => {
		const first = fitKMeans(points, 5, { restarts: 10, seed: 1 });
		expect(fitKMeans(points, 5, { restarts: 10, seed: 1 })).toEqual(first);
		for (const seed of [2, 3, 99]) {
			const other = fitKMeans(points, 5, { restarts: 10, seed });
			expect(other.inertia).toBeCloseTo(first.inertia, 9);
			expect(other.labels).toEqual(first.labels);
		}
	});

	it('numbers clusters by a chosen column (descending), else by size', () => {
		const byScore = fitKMeans(points, 5, { restarts: 10, seed: 1, orderByColumn: 1 });
		const scores = Array.from({ length: 5 }, (_, c) => byScore.centres.data[c * 2 + 1]);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		const bySize = fitKMeans(points, 5, { restarts: 10, seed: 1 });
		expect(Array.from(bySize.sizes)).toEqual([81, 39, 35, 23, 22]);
	});
});

describe('fitKMeans with restarts on a sample', () => {
	it('ends within 0.1 % of the inertia of full restarts and says it sampled', () => {
		// Overlapping blobs: several local optima, so the sample has to pick the right start.
		const points = gaussianBlobs(
			[
				[0, 0, 0, 0],
				[2, 0, 0, 1],
				[0, 2, 1, 0],
				[2, 2, 0, 0],
				[1, 1, 2, 2],
				[3, 1, 1, 3]
			],
			5000,
			0.9,
			17
		);
		const options = { restarts: 10, seed: 3, sampleAbove: 10_000, sampleSize: 3000 };
		const sampled = fitKMeans(points, 6, options);
		const full = fitKMeans(points, 6, { ...options, sampleAbove: Infinity });
		expect(sampled.sampleSize).toBe(3000);
		expect(full.sampleSize).toBeNull();
		expect(sampled.labels.length).toBe(points.rows);
		expect(Math.abs(sampled.inertia / full.inertia - 1)).toBeLessThan(0.001);
	});
});

describe('fitKMeans edge cases', () => {
	it('handles k = 1 and k = rows', () => {
		const points = fromNestedRows([[0], [1], [5]]);
		// Mean 2: (0 − 2)² + (1 − 2)² + (5 − 2)² = 14.
		expect(fitKMeans(points, 1).inertia).toBeCloseTo(14, 12);
		expect(fitKMeans(points, 3).inertia).toBe(0);
	});

	it('survives duplicate rows fewer than k distinct', () => {
		const points = fromNestedRows([[1], [1], [1], [2], [2]]);
		const fit = fitKMeans(points, 3, { restarts: 2 });
		expect(fit.inertia).toBe(0);
		expect(fit.labels.length).toBe(5);
	});

	it('rejects an impossible k', () => {
		expect(() => fitKMeans(fromNestedRows([[0], [1]]), 3)).toThrow(RangeError);
		expect(() => fitKMeans(fromNestedRows([[0], [1]]), 0)).toThrow(RangeError);
	});
});
