import { describe, expect, it } from 'vitest';
import { fitKMeans } from '../cluster';
import { generateDemo } from '../demo';
import type { Customer } from '../model';
import type { ClusterFeatureSpec, SavedClustering } from './cluster-scheme';
import {
	buildClusterFeatures,
	clusterFeatureInput,
	clusteringId,
	clusterScheme,
	clusteredCustomers,
	saveClustering
} from './cluster-scheme';
import { alignRecords } from './measures';
import { runAllSchemes } from './run-all';
import type { FieldSource } from './fields';
import { customersWith, measuresOf } from './testing/build';
import { expectConsistent } from './testing/check';

const SPEC: ClusterFeatureSpec = {
	numeric: [
		{ field: 'recencyDays', log: false },
		{ field: 'orders', log: true },
		{ field: 'netValue', log: true }
	],
	categorical: []
};

/** Two clear groups: frequent big spenders bought lately, one-off small buyers long ago. */
const GROUPS = [
	...Array.from({ length: 6 }, (_, i) => ({
		orders: 10 + i,
		value: 5000 + 300 * i,
		recency: 3 + i
	})),
	...Array.from({ length: 6 }, (_, i) => ({ orders: 1, value: 50 + 10 * i, recency: 300 + 20 * i }))
];

function sourceOf(rows = customersWith(GROUPS), customers: Customer[] = []): FieldSource {
	const measures = measuresOf(rows, 1000, customers);
	return { measures, records: alignRecords(measures.customerIds, customers) };
}

function savedFrom(source: FieldSource, k = 2, spec = SPEC): SavedClustering {
	const { features } = buildClusterFeatures(source, spec);
	const fit = fitKMeans(features.matrix, k, { seed: 3, orderByColumn: 2 });
	const names = Array.from({ length: k }, (_, c) => ({ zh: `群${c + 1}`, en: `Group ${c + 1}` }));
	return saveClustering({ id: 'test', name: 'Test', createdAt: 0 }, features, fit, names);
}

describe('a saved clustering as a scheme', () => {
	it('puts every clustered customer in the cluster the lab found', () => {
		const source = sourceOf();
		const { features, rows } = buildClusterFeatures(source, SPEC);
		const fit = fitKMeans(features.matrix, 2, { seed: 3, orderByColumn: 2 });
		const saved = savedFrom(source);
		const scheme = clusterScheme(source, saved);
		expect(scheme.kind).toBe('cluster');
		expect(scheme.schemeId).toBe('cluster:test');
		expect(scheme.classes.map((c) => c.id)).toEqual(['c1', 'c2', 'prospect']);
		rows.forEach((row, i) => expect(scheme.classIndex[row]).toBe(fit.labels[i]));
		// Numbered by spend (descending): the big spenders are cluster 1.
		expect(scheme.classIndex[0]).toBe(0);
		expect(scheme.classIndex[11]).toBe(1);
	});

	it('gives a new customer the nearest saved centre', () => {
		const saved = savedFrom(sourceOf());
		// After saving, two customers arrive: one like the big spenders, one like the one-offs.
		const rows = customersWith([
			...GROUPS,
			{ orders: 12, value: 6000, recency: 5 },
			{ orders: 1, value: 60, recency: 350 }
		]);
		const source = sourceOf(rows);
		const scheme = clusterScheme(source, saved);
		expect(scheme.classIndex[12]).toBe(0);
		expect(scheme.classIndex[13]).toBe(1);

		// The same answer by hand: squared distances in the saved space to each centre.
		const points = clusterFeatureInput(source, SPEC, [12, 13]);
		const cols = saved.transform.columns.length;
		const scaled = (row: number, col: number) => {
			const t = saved.transform.numeric[col];
			const raw = points.numeric[col].values[row];
			const value = t.log ? Math.log1p(raw) : raw;
			return (value - t.mean) / t.sd;
		};
		for (const row of [0, 1]) {
			const distances = [0, 1].map((centre) => {
				let sum = 0;
				for (let col = 0; col < cols; col++) {
					sum += (scaled(row, col) - saved.centres[centre * cols + col]) ** 2;
				}
				return sum;
			});
			const nearest = distances[0] <= distances[1] ? 0 : 1;
			expect(scheme.classIndex[12 + row]).toBe(nearest);
		}
	});

	it('gives the same labels on every run, and customers without a purchase are prospects', () => {
		const customers: Customer[] = [
			...GROUPS.map((_, i) => ({ id: `C${i + 1}`, name: '' })),
			{ id: 'P1', name: 'no orders yet' }
		];
		const source = sourceOf(customersWith(GROUPS), customers);
		const saved = savedFrom(source);
		const first = clusterScheme(source, saved);
		const second = clusterScheme(source, structuredClone(saved));
		expect(Array.from(second.classIndex)).toEqual(Array.from(first.classIndex));
		expect(clusteredCustomers(source.measures)).toHaveLength(12);
		expect(first.classes[first.classIndex[12]]).toMatchObject({ id: 'prospect' });
		// A re-fit with the same seed saves the same centres.
		expect(savedFrom(source).centres).toEqual(saved.centres);
	});

	it('one-hot encodes text columns; a value not seen when saving matches no level', () => {
		const customers: Customer[] = GROUPS.map((_, i) => ({
			id: `C${i + 1}`,
			name: '',
			region: i % 2 === 0 ? '华东' : '华南'
		}));
		const spec: ClusterFeatureSpec = { ...SPEC, categorical: [{ field: 'region', weight: 0.5 }] };
		const saved = savedFrom(sourceOf(customersWith(GROUPS), customers), 2, spec);
		expect(saved.transform.columns.map((c) => c.name)).toEqual([
			'recencyDays',
			'orders',
			'netValue',
			'region=华东',
			'region=华南'
		]);
		const moved = customers.map((c, i) => (i === 0 ? { ...c, region: '西北' } : c));
		const scheme = clusterScheme(sourceOf(customersWith(GROUPS), moved), saved);
		expect(scheme.available).toBe(true);
		expect(scheme.classIndex[0]).toBe(0);
	});

	it('is unavailable when the saved centres do not fit the transform', () => {
		const source = sourceOf();
		const saved = { ...savedFrom(source), centres: [1, 2, 3] };
		const scheme = clusterScheme(source, saved);
		expect(scheme.available).toBe(false);
		expect(new Set(scheme.classIndex)).toEqual(new Set([scheme.classes.length - 1]));
	});

	it('runs with every other scheme; class counts add up to all customers', () => {
		const demo = generateDemo({ seed: 11, customers: 400 });
		const base = runAllSchemes(demo);
		const source: FieldSource = {
			measures: base.measures,
			records: alignRecords(base.measures.customerIds, demo.customers)
		};
		const saved = savedFrom(source, 4, {
			...SPEC,
			categorical: [{ field: 'channel', weight: 1 }]
		});
		const result = runAllSchemes(demo, {
			clusterings: [saved],
			primarySchemeId: 'cluster:test'
		});
		expectConsistent(result);
		const scheme = result.schemes.find((s) => s.schemeId === 'cluster:test');
		expect(scheme?.kind).toBe('cluster');
		expect(scheme?.classes).toHaveLength(5);
		expect(result.primary?.schemeId).toBe('cluster:test');
		const counts = result.summaries['cluster:test'].map((s) => s.customers);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(demo.customers.length);
		expect(counts.slice(0, 4).every((count) => count > 0)).toBe(true);
	});
});

describe('clusteringId', () => {
	it('is readable, safe in scheme and strategy keys, and unique', () => {
		expect(clusteringId('  高价值 / 活跃:  2026 ', [])).toBe('高价值 - 活跃- 2026');
		expect(clusteringId('k 均值 4 簇', ['k 均值 4 簇', 'k 均值 4 簇 2'])).toBe('k 均值 4 簇 3');
		expect(clusteringId(' / ', [])).toBe('clusters');
		expect(clusteringId('x'.repeat(60), [])).toHaveLength(40);
	});
});
