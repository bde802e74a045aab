import { describe, expect, it } from 'vitest';
import { buildFeatures } from './features';
import { fitKMeans } from './kmeans';
import { profileClusters } from './profile';
import { createRandom } from '../random';

describe('profileClusters', () => {
	// Spend 10, 20 | 30, 40 (mean 25, population sd √125); days constant (no information).
	const features = buildFeatures({
		numeric: [
			{ name: 'spend', values: Float64Array.from([10, 20, 30, 40]), role: 'monetary', log: false },
			{ name: 'days', values: Float64Array.from([5, 5, 5, 5]), role: 'recency' }
		]
	});
	const labels = [0, 0, 1, 1];

	it('gives size, shares, centre in original units and z of the centre', () => {
		const [low, high] = profileClusters(features, labels, 2, {
			revenue: Float64Array.from([10, 20, 30, 40])
		});
		// Cluster 0: centre 15, z = (15 − 25)/√125 ≈ −0.894; revenue 30 of 100.
		expect(low).toMatchObject({ cluster: 0, size: 2, share: 0.5 });
		expect(low.revenueShare).toBeCloseTo(0.3, 14);
		expect(low.centre[0]).toBeCloseTo(15, 12);
		expect(low.centre[1]).toBeCloseTo(5, 12);
		expect(low.z[0]).toBeCloseTo(-10 / Math.sqrt(125), 12);
		expect(low.z[1]).toBe(0);
		expect(low.differences).toHaveLength(1);
		expect(low.differences[0]).toMatchObject({
			name: 'spend',
			role: 'monetary',
			direction: 'lower',
			strength: 'notable'
		});
		expect(low.differences[0].clusterValue).toBeCloseTo(15, 12);
		expect(low.differences[0].overallValue).toBeCloseTo(25, 12);
		expect(low.name).toMatchObject({ zh: '低值客户', en: 'low spenders' });
		expect(low.messages).toEqual([{ code: 'differs-lower', feature: 'spend', z: low.z[0] }]);
		expect(high.name).toMatchObject({ zh: '高额客户', en: 'big spenders' });
		expect(high.revenueShare).toBeCloseTo(0.7, 14);
	});

	it('takes roles from the caller over those of the features', () => {
		const [low] = profileClusters(features, labels, 2, { roles: { spend: 'frequency' } });
		expect(low.name).toMatchObject({ zh: '低频客户', en: 'occasional buyers' });
	});

	it('flags small clusters, clusters near the average and repeated names', () => {
		const spread = buildFeatures({
			numeric: [
				{
					name: 'spend',
					values: Float64Array.from([0, 0, 0, 0, 0, 0, 10, 10, 12, 12]),
					role: 'monetary'
				},
				{ name: 'age', values: Float64Array.from([30, 31, 29, 30, 30, 30, 30, 30, 30, 30]) }
			]
		});
		const profiles = profileClusters(spread, [0, 0, 0, 0, 0, 0, 1, 1, 2, 2], 4, {
			smallShare: 0.25
		});
		expect(profiles[1].name.en).toBe('big spenders');
		expect(profiles[2].name.en).toBe('big spenders 2');
		expect(profiles[2].messages).toContainEqual({ code: 'name-repeated', sameAs: 1 });
		expect(profiles[1].messages).toContainEqual({ code: 'small-cluster', share: 0.2 });
		expect(profiles[3]).toMatchObject({ size: 0, messages: [{ code: 'empty-cluster' }] });
	});

	it('names the segments of RFM-like data in business words', () => {
		// Three behaviours: frequent big spenders, recent first-timers, dormant low spenders.
		const random = createRandom(4);
		const kinds = [
			{ days: 20, orders: 25, spend: 6000, tenure: 900 },
			{ days: 6, orders: 1, spend: 60, tenure: 8 },
			{ days: 400, orders: 2, spend: 40, tenure: 700 }
		];
		const n = 600;
		const column = (pick: (kind: (typeof kinds)[number]) => number) =>
			Float64Array.from(
				{ length: n },
				(_, i) => pick(kinds[i % 3]) * Math.exp(random.normal(0, 0.15))
			);
		const built = buildFeatures({
			numeric: [
				{ name: 'recencyDays', values: column((kind) => kind.days), role: 'recency', log: true },
				{ name: 'orders', values: column((kind) => kind.orders), role: 'frequency' },
				{ name: 'spend', values: column((kind) => kind.spend), role: 'monetary' },
				{ name: 'tenureDays', values: column((kind) => kind.tenure), role: 'tenure', log: true }
			]
		});
		const fit = fitKMeans(built.matrix, 3, { restarts: 5, seed: 1, orderByColumn: 2 });
		const names = profileClusters(built, fit.labels, 3).map((profile) => profile.name);
		expect(names.map((name) => `${name.zh} ${name.en}`)).toEqual([
			'高频高额 frequent big spenders',
			'近期新客 recent first-timers',
			'沉睡低值 dormant low spenders'
		]);
	});
});
