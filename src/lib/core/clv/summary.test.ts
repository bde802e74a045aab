import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { ORDER_STATUS } from '../model';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { ordersOf } from './testing/orders';

describe('summarizeOrders', () => {
	const orders = ordersOf([
		['A', 0, 10],
		['A', 7, 20],
		['A', 7, 5],
		['A', 21, 30],
		['A', 30, 99],
		['A', 40, 1],
		['B', 14, 50],
		['C', 31, 10],
		['D', 5, 30],
		['D', 12, -30, ORDER_STATUS.returned],
		['D', 14, 100, ORDER_STATUS.ok, 75]
	]);
	const { summary, holdout } = summarizeOrders(orders, {
		calibrationEnd: 28,
		unit: 'week',
		holdoutEnd: 35
	});
	const row = (id: string) => summary.customerIds.indexOf(id);

	it('counts repeat transactions, recency and age from the first transaction', () => {
		const a = row('A');
		expect(summary.frequency[a]).toBe(2);
		expect(summary.recency[a]).toBe(3);
		expect(summary.age[a]).toBe(4);
		expect(summary.firstDay[a]).toBe(0);
		const b = row('B');
		expect([summary.frequency[b], summary.recency[b], summary.age[b]]).toEqual([0, 0, 2]);
	});

	it('leaves out customers whose first purchase is after the calibration end', () => {
		expect(summary.customerIds).toEqual(['A', 'B', 'D']);
	});

	it('averages positive repeat transactions only, the first excluded', () => {
		const a = row('A');
		expect(summary.monetary[a]).toBe(27.5);
		expect(summary.monetaryCount[a]).toBe(2);
		expect(summary.monetary[row('B')]).toBeNaN();
		// D's first transaction was fully returned; its repeat purchase is the mean.
		expect(summary.monetary[row('D')]).toBe(100);
	});

	it('computes the margin from orders with a known cost', () => {
		expect(summary.margin[row('D')]).toBeCloseTo(0.25, 12);
		expect(summary.margin[row('A')]).toBeNaN();
	});

	it('counts hold-out transactions up to the hold-out end', () => {
		expect(Array.from(holdout)).toEqual([1, 0, 0]);
	});

	it('measures days when asked', () => {
		const days = summarizeOrders(orders, { calibrationEnd: 28, unit: 'day' }).summary;
		expect([days.recency[0], days.age[0]]).toEqual([21, 28]);
	});
});

describe('groupSummary', () => {
	it('merges identical (x, t_x, T) and keeps each customer’s group', () => {
		const orders = ordersOf([
			['A', 0, 1],
			['A', 5, 1],
			['B', 0, 2],
			['B', 5, 3],
			['C', 0, 4],
			['C', 6, 1],
			['D', 3, 1]
		]);
		const { summary } = summarizeOrders(orders, { calibrationEnd: 10, unit: 'day' });
		const groups = groupSummary(summary);
		expect(Array.from(groups.weight)).toEqual([2, 1, 1]);
		expect(Array.from(groups.groupOf)).toEqual([0, 0, 1, 2]);
		expect(Array.from(groups.recency)).toEqual([5, 6, 0]);
	});
});

describe('the CDNOW sample, 39-week calibration ending 1997-09-30', () => {
	const { summary, holdout } = summarizeOrders(readCdnowSample(), {
		calibrationEnd: dayFromParts(1997, 9, 30),
		unit: 'week',
		holdoutEnd: dayFromParts(1998, 6, 30)
	});

	it('has the 2,357 customers and 946 repeat customers of the literature', () => {
		expect(summary.customerIds.length).toBe(2357);
		expect(summary.frequency.filter((x) => x > 0).length).toBe(946);
		expect(holdout.reduce((sum, x) => sum + x, 0)).toBe(1882);
	});

	it('reproduces rows of Hardie’s published summary (x, t_x, T, mean repeat value)', () => {
		// From cdnow_customers_summary_with_transactions.csv (lifetimes), IDs = sample ids.
		const published: [string, number, number, number, number][] = [
			['1', 2, 30.43, 38.86, 22.35],
			['6', 7, 29.43, 38.86, 73.74],
			['17', 10, 34.14, 38.86, 24.24],
			['59', 1, 38.43, 38.43, 6.49],
			['157', 29, 37.71, 38.0, 26.26]
		];
		for (const [id, x, recency, age, mean] of published) {
			const c = summary.customerIds.indexOf(id);
			expect(summary.frequency[c]).toBe(x);
			// The published figures are rounded to cents / hundredths of a week.
			expect(Math.abs(summary.recency[c] - recency)).toBeLessThan(0.0051);
			expect(Math.abs(summary.age[c] - age)).toBeLessThan(0.0051);
			expect(Math.abs(summary.monetary[c] - mean)).toBeLessThan(0.0051);
		}
	});

	it('groups the customers into far fewer distinct triples', () => {
		const groups = groupSummary(summary);
		expect(groups.weight.reduce((sum, w) => sum + w, 0)).toBe(2357);
		expect(groups.weight.length).toBeLessThan(1100);
	});
});
