import { describe, expect, it } from 'vitest';
import { scorecard, scorecardWarnings, DEFAULT_THRESHOLDS } from './scorecard';

const A = { id: 'a', en: 'A', zh: '甲' };
const B = { id: 'b', en: 'B', zh: '乙' };

// Five customers: c1, c2 in A; c3, c4, c5 in B. The previous run had c1 A, c2 B, c3 B, c6 A.
const card = scorecard({
	customerIds: ['c1', 'c2', 'c3', 'c4', 'c5'],
	classes: [A, B],
	classIndex: Uint8Array.from([0, 0, 1, 1, 1]),
	revenue: [100, 300, 50, 50, 0],
	profit: [40, NaN, 10, 10, NaN],
	measures: [
		{ key: 'orders', values: [4, 6, 1, 2, 3] },
		{ key: 'recencyDays', values: [10, NaN, 30, 30, 30] }
	],
	previous: {
		customerIds: ['c1', 'c2', 'c3', 'c6'],
		scheme: { classes: [A, B], classIndex: Uint8Array.from([0, 1, 1, 0]) }
	}
});

describe('scorecard (computed by hand)', () => {
	it('gives sizes and shares of customers, revenue and known profit', () => {
		const [a, b] = card.rows;
		expect([a.customers, b.customers]).toEqual([2, 3]);
		expect([a.customerShare, b.customerShare]).toEqual([0.4, 0.6]);
		expect(a.revenueShare).toBeCloseTo(400 / 500, 12);
		expect(b.revenueShare).toBeCloseTo(100 / 500, 12);
		// Profit known for c1, c3, c4 only: 40 of 60 in A.
		expect(a.profitShare).toBeCloseTo(2 / 3, 12);
		expect(b.profitShare).toBeCloseTo(1 / 3, 12);
		expect(card.hasProfit).toBe(true);
	});

	it('measures distinctiveness as the difference of means in standard deviations', () => {
		const [a, b] = card.rows;
		// Orders: mean 3.2, population sd √2.96; A mean 5, rest mean 2.
		const orders = a.differences.find((d) => d.key === 'orders')!;
		expect(orders.z).toBeCloseTo(3 / Math.sqrt(2.96), 12);
		expect(orders).toMatchObject({ meanInside: 5, meanOutside: 2 });
		// Recency (c2 unknown): mean 25, sd √75; A (c1 only) 10 against 30.
		expect(a.differences[0].key).toBe('recencyDays');
		expect(a.differences[0].z).toBeCloseTo(-20 / Math.sqrt(75), 12);
		expect(a.distinctiveness).toBeCloseTo(20 / Math.sqrt(75), 12);
		expect(b.distinctiveness).toBeCloseTo(20 / Math.sqrt(75), 12);
	});

	it('measures stability against the previous run over the customers in both', () => {
		// A now: c1 (was A), c2 (was B) → ½; B now: c3 (was B); c4, c5 are new.
		expect(card.rows.map((row) => row.stability)).toEqual([0.5, 1]);
		expect(card.stability?.common).toBe(3);
		expect(card.stability?.stayedShare).toBeCloseTo(2 / 3, 12);
		// Pairs of {c1,c2,c3}: earlier A|BB, later AA|B: no pair together in both; ARI = −½.
		expect(card.stability?.adjustedRand).toBeCloseTo(-0.5, 12);
	});

	it('has no stability without a previous run and no profit share without costs', () => {
		const alone = scorecard({
			customerIds: ['x', 'y'],
			classes: [A, B],
			classIndex: Uint8Array.from([0, 0]),
			revenue: [1, 1],
			profit: [NaN, NaN],
			measures: []
		});
		expect(alone.stability).toBeNull();
		expect(alone.hasProfit).toBe(false);
		expect(alone.rows[0].profitShare).toBeNaN();
		expect(alone.rows[1].customers).toBe(0);
		expect(alone.rows[0].distinctiveness).toBeNaN();
		expect(alone.rows[0].silhouette).toBeNaN();
	});
});

describe('scorecard warnings', () => {
	it('warns in plain terms when a segment is small, blurred, unstable or has no owner', () => {
		const [a, b] = card.rows;
		expect(scorecardWarnings(a, true)).toEqual([]);
		expect(scorecardWarnings(b, false)).toEqual(['no-owner']);
		const strict = { minCustomerShare: 0.5, minDistinctiveness: 3, minStability: 0.6 };
		expect(scorecardWarnings(a, true, strict)).toEqual(['too-small', 'not-distinct', 'unstable']);
		expect(scorecardWarnings({ ...a, customers: 0 }, false)).toEqual(['empty']);
		expect(DEFAULT_THRESHOLDS.minCustomerShare).toBe(0.02);
	});
});
