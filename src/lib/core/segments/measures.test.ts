import { describe, expect, it } from 'vitest';
import { ORDER_STATUS } from '../model';
import { emptyOrderColumns } from '../order-columns';
import { alignRecords, computeMeasures, defaultAnalysisDay, purchaserMask } from './measures';
import { measuresOf, ordersOf, type Row } from './testing/build';

const { returned, cancelled } = ORDER_STATUS;

describe('defaultAnalysisDay', () => {
	it('is the day after the last order of any status', () => {
		expect(
			defaultAnalysisDay(
				ordersOf([
					['A', 10, 5],
					['B', 30, -5, returned],
					['A', 20, 1]
				])
			)
		).toBe(31);
	});

	it('is NaN without orders', () => {
		expect(defaultAnalysisDay(emptyOrderColumns())).toBeNaN();
	});
});

describe('computeMeasures', () => {
	const rows: Row[] = [
		['A', 100, 50, 0, 30],
		['A', 100, 20, 0, 10], // same day: a second order
		['A', 110, 30], // cost unknown: left out of profit
		['A', 112, -20, returned, -12],
		['A', 113, 99, cancelled], // never became revenue
		['C', 105, 40],
		['C', 120, -10], // negative amount with status ok: a reversal, not a purchase
		['C', 121, 15, returned], // positive amount on a return still reduces value
		['A', 200, 1000] // after the analysis day: ignored
	];
	const customers = [
		{ id: 'B', name: 'prospect' },
		{ id: 'A', name: 'buyer' }
	];
	const m = computeMeasures(ordersOf(rows), customers, 130);
	const at = (id: string) => m.customerIds.indexOf(id);

	it('lists the records first, then ids found only in the orders', () => {
		expect(m.customerIds).toEqual(['B', 'A', 'C']);
		expect(m.analysisDay).toBe(130);
	});

	it('counts purchases, returns and cancellations by the documented rules', () => {
		const a = at('A');
		expect(m.orders[a]).toBe(3);
		expect(m.grossValue[a]).toBe(100);
		expect(m.returns[a]).toBe(1);
		expect(m.returnValue[a]).toBe(20);
		expect(m.cancellations[a]).toBe(1);
		expect(m.netValue[a]).toBe(80);
		expect(m.averageOrderValue[a]).toBeCloseTo(80 / 3, 12);
		const c = at('C');
		expect(m.orders[c]).toBe(1);
		expect(m.returns[c]).toBe(2);
		expect(m.netValue[c]).toBe(15);
	});

	it('measures days from purchases only', () => {
		const a = at('A');
		expect(m.firstDay[a]).toBe(100);
		expect(m.lastDay[a]).toBe(110);
		expect(m.recencyDays[a]).toBe(20);
		expect(m.tenureDays[a]).toBe(30);
		// Gaps 0 and 10 days: median 5.
		expect(m.medianGapDays[a]).toBe(5);
		expect(m.medianGapDays[at('C')]).toBeNaN();
	});

	it('sums profit over rows with a known cost, NaN when none is known', () => {
		// (50 − 30) + (20 − 10) + (12 − 20) = 22
		expect(m.profit[at('A')]).toBe(22);
		expect(m.profit[at('C')]).toBeNaN();
	});

	it('includes customers without orders as prospects with NaN where a measure is undefined', () => {
		const b = at('B');
		expect(m.orders[b]).toBe(0);
		expect(m.netValue[b]).toBe(0);
		for (const column of [
			m.firstDay,
			m.lastDay,
			m.recencyDays,
			m.tenureDays,
			m.averageOrderValue
		]) {
			expect(column[b]).toBeNaN();
		}
		expect([...purchaserMask(m)]).toEqual([0, 1, 1]);
	});

	it('takes the median gap over unsorted purchase days', () => {
		const gaps = measuresOf(
			[
				['X', 50, 1],
				['X', 10, 1],
				['X', 30, 1],
				['X', 20, 1]
			],
			60
		);
		// Days 10, 20, 30, 50: gaps 10, 10, 20 → 10.
		expect(gaps.medianGapDays[0]).toBe(10);
	});

	it('handles a customer with many orders (long runs use the native sort)', () => {
		const many: Row[] = Array.from({ length: 101 }, (_, k) => ['Y', 1000 - 3 * k, 1]);
		const measures = measuresOf(many);
		expect(measures.orders[0]).toBe(101);
		expect(measures.medianGapDays[0]).toBe(3);
		expect(measures.tenureDays[0]).toBe(301);
	});

	it('uses the day after the last order by default', () => {
		const measures = measuresOf([
			['A', 10, 1],
			['A', 19, 1]
		]);
		expect(measures.analysisDay).toBe(20);
		expect(measures.recencyDays[0]).toBe(1);
	});
});

describe('alignRecords', () => {
	it('gives each measured customer its record, undefined for order-only ids', () => {
		const customers = [
			{ id: 'B', name: 'b' },
			{ id: 'A', name: 'a' }
		];
		expect(alignRecords(['B', 'A', 'C'], customers).map((c) => c?.name)).toEqual([
			'b',
			'a',
			undefined
		]);
		expect(alignRecords(['A', 'B'], customers).map((c) => c?.name)).toEqual(['a', 'b']);
	});
});
