import { describe, expect, it } from 'vitest';
import { paretoSummary } from './pareto';
import { measuresOf, type Row } from './testing/build';
import { tiersOf, valueTierScheme, VALUE_TIER_CLASSES } from './value-tiers';

const CUTS = [0.5, 0.8, 0.95];
const tierIds = (values: number[], cuts = CUTS) =>
	Array.from(tiersOf(values, cuts), (k) => VALUE_TIER_CLASSES[k].id);

describe('tiersOf', () => {
	it('sets the tier by the share of positive value reached before the customer', () => {
		// Sorted 50, 30, 15, 5 (total 100): before 0, 50, 80, 95 → key, major, ordinary, small.
		expect(tierIds([15, 50, 5, 30])).toEqual(['ordinary', 'key', 'small', 'major']);
	});

	it('makes zero and negative values small and leaves them out of the total', () => {
		// Positive total 100 as above; −40 and 0 are small.
		expect(tierIds([50, -40, 30, 0, 15, 5, NaN])).toEqual([
			'key',
			'small',
			'major',
			'small',
			'ordinary',
			'small',
			'small'
		]);
	});

	it('ranks equal values by their position in the list', () => {
		// Ten customers of 10: before 0 … 90 → 5 key, 3 major, 2 ordinary (90 % < 95 %).
		expect(tierIds(new Array(10).fill(10))).toEqual([
			...new Array(5).fill('key'),
			...new Array(3).fill('major'),
			...new Array(2).fill('ordinary')
		]);
	});

	it('makes a single customer key', () => {
		expect(tierIds([3])).toEqual(['key']);
	});
});

describe('paretoSummary', () => {
	const values = [50, 20, 10, 5, 5, 4, 3, 2, 1, 0];
	const everyone = new Uint8Array(values.length).fill(1);

	it('gives the value share of the top customers and the customers behind a value share', () => {
		const pareto = paretoSummary(values, everyone, 0.2, 0.8);
		expect(pareto.positiveValue).toBe(100);
		expect(pareto.valueShareOfTop).toBeCloseTo(0.7, 12); // top 2 of 10: 50 + 20
		expect(pareto.customerShareForValue).toBeCloseTo(0.3, 12); // 50 + 20 + 10 = 80
		expect(paretoSummary(values, everyone, 0.25, 0.5).valueShareOfTop).toBeCloseTo(0.75, 12);
		expect(paretoSummary(values, everyone, 0.25, 0.5).customerShareForValue).toBeCloseTo(0.1, 12);
	});

	it('draws the curve from (0, 0) to (1, 1) with at most 200 points', () => {
		const pareto = paretoSummary(values, everyone);
		expect(pareto.curve).toHaveLength(11);
		expect(pareto.curve[0]).toEqual({ customerShare: 0, valueShare: 0 });
		expect(pareto.curve[2].valueShare).toBeCloseTo(0.7, 12);
		expect(pareto.curve[10]).toEqual({ customerShare: 1, valueShare: 1 });
		const many = Array.from({ length: 5000 }, (_, k) => k % 97);
		const big = paretoSummary(many, new Uint8Array(5000).fill(1));
		expect(big.curve.length).toBeLessThanOrEqual(200);
		expect(big.curve.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
		for (let k = 1; k < big.curve.length; k++) {
			expect(big.curve[k].valueShare).toBeGreaterThanOrEqual(big.curve[k - 1].valueShare);
		}
	});

	it('reports NaN figures and no curve without positive value', () => {
		const pareto = paretoSummary([0, -5], [1, 1]);
		expect(pareto.curve).toEqual([]);
		expect(pareto.valueShareOfTop).toBeNaN();
	});
});

describe('valueTierScheme', () => {
	const rows: Row[] = [
		['A', 10, 50, 0, 20],
		['B', 10, 30, 0, 25],
		['C', 10, 15],
		['D', 10, 5, 0, 1]
	];

	it('tiers net revenue, prospects small, Pareto over buyers only', () => {
		const measures = measuresOf(rows, 20, [{ id: 'P', name: 'p' }]);
		const scheme = valueTierScheme(measures);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'small',
			'key',
			'major',
			'ordinary',
			'small'
		]);
		expect(scheme.pareto.customers).toBe(4);
	});

	it('tiers profit where cost is known; unknown profit is small', () => {
		// Profit: A 30, B 5, C unknown, D 4 → total 39: A key (before 0), B major (30/39 = 0.77),
		// D ordinary (35/39 = 0.897).
		const scheme = valueTierScheme(measuresOf(rows, 20), {
			basis: 'profit',
			cuts: [0.5, 0.8, 0.95],
			paretoTopShare: 0.2,
			paretoValueShare: 0.8
		});
		expect(scheme.available).toBe(true);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'key',
			'major',
			'small',
			'ordinary'
		]);
	});

	it('is unavailable on profit when no cost is known, naming the field', () => {
		const scheme = valueTierScheme(measuresOf([['A', 1, 10]], 5), {
			basis: 'profit',
			cuts: [0.5, 0.8, 0.95],
			paretoTopShare: 0.2,
			paretoValueShare: 0.8
		});
		expect(scheme.available).toBe(false);
		expect(scheme.missingFields).toEqual(['cost']);
		expect(scheme.classes).toHaveLength(1);
		expect(scheme.classIndex).toHaveLength(1);
	});
});
