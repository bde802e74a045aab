import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo';
import { emptyOrderColumns } from '../order-columns';
import type { SegmentationProgress } from './run-all';
import { computeSchemes, runAllSchemes, schemeContext } from './run-all';
import { expectConsistent } from './testing/check';

describe('runAllSchemes on the demo data', () => {
	const demo = generateDemo({ seed: 7, customers: 1500 });
	const progress: SegmentationProgress[] = [];
	const result = runAllSchemes(
		demo,
		{
			customRules: [
				{
					id: 'vip',
					rules: [
						{
							id: 'key-at-risk',
							en: 'Key customers at risk',
							zh: '有流失风险的大客户',
							conditions: [
								{ field: 'segment:value-tier', op: '=', value: 'key' },
								{ field: 'recencyDays', op: '>', value: 60 }
							]
						}
					],
					others: { en: 'Others', zh: '其他' }
				}
			]
		},
		(step) => progress.push(step)
	);

	it('puts every customer in exactly one class of every scheme, summaries adding up', () => {
		expectConsistent(result);
		expect(result.totals.customers).toBe(demo.customers.length);
	});

	it('computes every scheme the demo supports, with prospects and credit data', () => {
		const ids = result.schemes.map((s) => s.schemeId);
		expect(ids.slice(0, 7)).toEqual([
			'rfm-score',
			'rfm-named',
			'rfm-eight',
			'value-tier',
			'lifecycle',
			'loyalty',
			'credit-risk'
		]);
		expect(ids).toContain('custom:vip');
		expect(ids.some((id) => id.startsWith('attribute:'))).toBe(true);
		expect(result.schemes.every((s) => s.available)).toBe(true);
		const lifecycle = result.summaries['lifecycle'];
		expect(lifecycle.find((s) => s.classId === 'prospect')?.customers).toBeGreaterThan(0);
		// The RFM-based schemes agree on who the prospects are.
		const prospects = (schemeId: string) =>
			result.summaries[schemeId].find((s) => s.classId === 'prospect')?.customers;
		expect(prospects('rfm-named')).toBe(prospects('lifecycle'));
		expect(prospects('rfm-eight')).toBe(prospects('lifecycle'));
		expect(prospects('rfm-score')).toBe(prospects('lifecycle'));
	});

	it('reports progress in order, ending done', () => {
		expect(progress[0].stage).toBe('measures');
		for (let k = 1; k < progress.length; k++)
			expect(progress[k].done).toBeGreaterThan(progress[k - 1].done);
		expect(progress.at(-1)).toMatchObject({
			stage: 'done',
			done: progress[0].total,
			total: progress[0].total
		});
	});

	it('re-runs only the schemes on kept measures with new settings', () => {
		const context = schemeContext(demo, result.measures);
		const again = computeSchemes(context, {
			...result.settings,
			rfm: { monetary: 'total', cuts: { recency: [1, 2, 3, 4] } }
		});
		expect(again.scores.cuts.recency).toEqual([1, 2, 3, 4]);
		const fives = (scores: Uint8Array) => scores.filter((s) => s === 5).length;
		expect(fives(again.scores.recency)).toBeLessThan(fives(result.scores.recency));
		expect(again.settings.attributes).toEqual(result.settings.attributes);
	});

	it('gives the same result for the same input', () => {
		const twice = runAllSchemes(demo, result.settings);
		for (const [k, scheme] of twice.schemes.entries()) {
			expect(scheme.classIndex).toEqual(result.schemes[k].classIndex);
		}
	});
});

describe('runAllSchemes on edge inputs', () => {
	it('handles no customers and no orders', () => {
		const result = runAllSchemes({ orders: emptyOrderColumns(), customers: [] });
		expect(result.totals).toEqual({ customers: 0, purchasers: 0, orders: 0, revenue: 0 });
		expect(result.analysisDay).toBeNaN();
		expectConsistent(result);
	});

	it('makes customers without any order prospects everywhere a purchase is needed', () => {
		const result = runAllSchemes({
			orders: emptyOrderColumns(),
			customers: [{ id: 'a', name: 'a', region: 'north' }],
			analysisDay: 100
		});
		expectConsistent(result);
		const classOf = (schemeId: string) => {
			const scheme = result.schemes.find((s) => s.schemeId === schemeId);
			return scheme?.classes[scheme.classIndex[0]].id;
		};
		expect(classOf('rfm-score')).toBe('prospect');
		expect(classOf('rfm-named')).toBe('prospect');
		expect(classOf('rfm-eight')).toBe('prospect');
		expect(classOf('lifecycle')).toBe('prospect');
		expect(classOf('value-tier')).toBe('small');
		expect(classOf('attribute:region')).toBe('v:north');
		expect(result.schemes.find((s) => s.schemeId === 'loyalty')?.available).toBe(false);
		expect(result.primary?.schemeId).toBe('rfm-named');
	});
});
