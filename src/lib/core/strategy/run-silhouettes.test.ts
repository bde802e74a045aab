import { describe, expect, it } from 'vitest';
import { fitKMeans } from '$lib/core/cluster';
import type { Customer } from '$lib/core/model';
import {
	buildClusterFeatures,
	saveClustering,
	type ClusterFeatureSpec
} from '$lib/core/segments/cluster-scheme';
import { alignRecords } from '$lib/core/segments/measures';
import { runAllSchemes } from '$lib/core/segments/run-all';
import { createRun } from '$lib/core/segments/runs';
import { customersWith, ordersOf } from '$lib/core/segments/testing/build';
import { silhouetteByClass } from '$lib/core/strategy/cluster-silhouette';
import { clusterSilhouettes } from './run-silhouettes';

const SPEC: ClusterFeatureSpec = {
	numeric: [
		{ field: 'recencyDays', log: false },
		{ field: 'orders', log: true },
		{ field: 'netValue', log: true }
	],
	categorical: []
};

// Frequent recent big spenders and one-off small buyers long ago, and one prospect.
const rows = customersWith([
	...Array.from({ length: 6 }, (_, i) => ({
		orders: 10 + i,
		value: 5000 + 300 * i,
		recency: 3 + i
	})),
	...Array.from({ length: 6 }, (_, i) => ({ orders: 1, value: 50 + 10 * i, recency: 300 + 20 * i }))
]);
const customers: Customer[] = [{ id: 'P', name: 'prospect' }];

describe('clusterSilhouettes', () => {
	it('scores each saved cluster in the space it was fitted in; prospects and other schemes get none', () => {
		const orders = ordersOf(rows);
		const first = runAllSchemes({ orders, customers, analysisDay: 1000 });
		const source = {
			measures: first.measures,
			records: alignRecords(first.measures.customerIds, customers)
		};
		const { features } = buildClusterFeatures(source, SPEC);
		const fit = fitKMeans(features.matrix, 2, { seed: 3, orderByColumn: 2 });
		const saved = saveClustering({ id: 'two', name: 'Two', createdAt: 0 }, features, fit, [
			{ zh: '甲', en: 'A' },
			{ zh: '乙', en: 'B' }
		]);
		const result = runAllSchemes(
			{ orders, customers, analysisDay: 1000 },
			{ clusterings: [saved] }
		);
		const run = createRun(result, { id: 'r', createdAt: 1, dataVersion: '1' });
		const scheme = run.schemes.find((candidate) => candidate.schemeId === 'cluster:two')!;

		const scores = clusterSilhouettes(run, scheme, result.measures, customers)!;
		const expected = silhouetteByClass(features.matrix, fit.labels, 3);
		expect(scores).toHaveLength(3);
		expect(scores[0]).toBeCloseTo(expected[0], 12);
		expect(scores[1]).toBeCloseTo(expected[1], 12);
		expect(scores[0]).toBeGreaterThan(0.5);
		expect(scores[2]).toBeNaN();

		const named = run.schemes.find((candidate) => candidate.schemeId === 'rfm-named')!;
		expect(clusterSilhouettes(run, named, result.measures, customers)).toBeUndefined();
	});
});
