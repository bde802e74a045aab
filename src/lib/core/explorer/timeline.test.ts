import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { ORDER_STATUS } from '../model';
import { latestOrders, orderTimeline } from './timeline';

const order = (y: number, m: number, d: number, amount: number, status: 0 | 1 | 2 = 0) => ({
	day: dayFromParts(y, m, d),
	secondOfDay: -1,
	amount,
	status
});

describe('orderTimeline', () => {
	it('sums purchases and returns per month, keeping empty months', () => {
		const { unit, periods } = orderTimeline([
			order(2024, 11, 3, 100),
			order(2024, 11, 20, 50),
			order(2025, 1, 5, -30),
			order(2025, 1, 6, 40, ORDER_STATUS.returned),
			order(2025, 1, 7, 999, ORDER_STATUS.cancelled)
		]);
		expect(unit).toBe('month');
		expect(periods.map((p) => [p.year, p.month])).toEqual([
			[2024, 11],
			[2024, 12],
			[2025, 1]
		]);
		expect(periods[0]).toMatchObject({ purchases: 2, purchaseValue: 150, returns: 0 });
		expect(periods[1]).toMatchObject({ purchases: 0, purchaseValue: 0 });
		expect(periods[2]).toMatchObject({ purchases: 0, returns: 2, returnValue: 70 });
		expect(periods[0].start).toBe(dayFromParts(2024, 11, 1));
	});

	it('switches to years for a long history', () => {
		const { unit, periods } = orderTimeline([order(2015, 3, 1, 10), order(2024, 2, 1, 20)], 60);
		expect(unit).toBe('year');
		expect(periods).toHaveLength(10);
		expect(periods[0]).toMatchObject({ year: 2015, month: 0, purchaseValue: 10 });
		expect(periods[9]).toMatchObject({ year: 2024, purchaseValue: 20 });
	});

	it('is empty without orders', () => {
		expect(orderTimeline([]).periods).toEqual([]);
	});
});

describe('latestOrders', () => {
	it('returns the newest orders first, at most the limit', () => {
		const orders = [order(2024, 1, 1, 1), order(2024, 3, 1, 3), order(2024, 2, 1, 2)];
		expect(latestOrders(orders, 2).map((o) => o.amount)).toEqual([3, 2]);
		expect(latestOrders(orders, 10)).toHaveLength(3);
	});
});
