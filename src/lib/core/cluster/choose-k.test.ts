import { describe, expect, it } from 'vitest';
import { chooseK, structureOf, suggestK } from './choose-k';
import type { KChoiceRow } from './choose-k';
import { buildFeatures } from './features';
import { gaussianBlobs, readMallCustomers } from './testing/data-sets';

const fourBlobs = (perBlob: number) =>
	gaussianBlobs(
		[
			[0, 0],
			[6, 0],
			[0, 6],
			[6, 6]
		],
		perBlob,
		0.8,
		9
	);

/** A table row with only k and silhouette mattering. */
const row = (k: number, silhouette: number): KChoiceRow => ({
	k,
	silhouette,
	inertia: 0,
	calinskiHarabasz: 0,
	daviesBouldin: 0,
	sizes: []
});

describe('chooseK', () => {
	it('tabulates k = 2..10 and suggests the number of clear blobs', () => {
		const choice = chooseK(fourBlobs(100), { restarts: 5, seed: 1 });
		expect(choice.rows.map((entry) => entry.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(choice).toMatchObject({
			suggestedK: 4,
			reason: 'best-silhouette',
			fitSampleSize: null,
			silhouetteSampled: false,
			silhouetteSampleSize: 400
		});
		expect(['strong', 'reasonable']).toContain(choice.structure);
		const four = choice.rows[2];
		// The same k is best by Calinski-Harabasz (highest) and Davies-Bouldin (lowest) too.
		expect(Math.max(...choice.rows.map((entry) => entry.calinskiHarabasz))).toBe(
			four.calinskiHarabasz
		);
		expect(Math.min(...choice.rows.map((entry) => entry.daviesBouldin))).toBe(four.daviesBouldin);
		expect(four.sizes.reduce((a, b) => a + b)).toBe(400);
		// Inertia falls with k (the elbow chart).
		choice.rows
			.slice(1)
			.forEach((entry, i) => expect(entry.inertia).toBeLessThan(choice.rows[i].inertia));
	});

	it('finds the five Mall Customers segments (income and score)', () => {
		const mall = readMallCustomers();
		const { matrix } = buildFeatures({
			numeric: [
				{ name: 'AnnualIncome', values: mall.annualIncome },
				{ name: 'SpendingScore', values: mall.spendingScore }
			]
		});
		const choice = chooseK(matrix, { restarts: 10, seed: 1 });
		expect(choice.suggestedK).toBe(5);
		// The widely reported silhouette of this solution is 0.5547.
		expect(choice.rows[3].silhouette).toBeCloseTo(0.5547, 4);
		expect(choice.rows[3].inertia).toBeCloseTo(65.5684, 4);
	});

	it('fits on a seeded sample and samples the silhouette when large, and says so', () => {
		const points = fourBlobs(300);
		const options = {
			kMax: 6,
			restarts: 3,
			seed: 2,
			sampleAbove: 500,
			sampleSize: 400,
			silhouette: { exactUpTo: 600, sampleSize: 500 }
		};
		const progress: number[] = [];
		const choice = chooseK(points, { ...options, onProgress: (done) => progress.push(done) });
		expect(choice).toMatchObject({
			suggestedK: 4,
			fitSampleSize: 400,
			silhouetteSampled: true,
			silhouetteSampleSize: 500
		});
		expect(progress).toEqual([1, 2, 3, 4, 5]);
		// Sizes and inertia describe all 1,200 rows, assigned to the sample's centres.
		expect(choice.rows[2].sizes.reduce((a, b) => a + b)).toBe(1200);
		expect(chooseK(points, options)).toEqual(choice);
	});
});

describe('suggestK', () => {
	it('takes the best silhouette', () => {
		expect(suggestK([row(2, 0.4), row(3, 0.6), row(4, 0.5)], 2)).toEqual({
			suggestedK: 3,
			reason: 'best-silhouette'
		});
	});

	it('breaks near-ties (within 0.01) towards fewer clusters', () => {
		expect(suggestK([row(2, 0.3), row(3, 0.595), row(4, 0.6)], 2)).toEqual({
			suggestedK: 3,
			reason: 'silhouette-tie-smaller-k'
		});
	});

	it('falls back when no silhouette could be computed', () => {
		expect(suggestK([row(2, NaN)], 2)).toEqual({ suggestedK: 2, reason: 'no-silhouette' });
	});
});

describe('structureOf', () => {
	it('uses Kaufman and Rousseeuw’s bands', () => {
		expect([0.8, 0.6, 0.3, 0.1, NaN].map(structureOf)).toEqual([
			'strong',
			'reasonable',
			'weak',
			'none',
			'none'
		]);
	});
});
