import { describe, expect, it } from 'vitest';
import { ORDER_STATUS } from '../model';
import { ordersOf, type OrderRow } from './testing/orders';
import { mergeTransactions } from './transactions';

const { returned, cancelled } = ORDER_STATUS;

/** The transactions of one customer as [day, value] pairs. */
function transactionsOf(ordersRows: OrderRow[], customerId: string, endDay = 1e6) {
	const merged = mergeTransactions(ordersOf(ordersRows), endDay);
	const c = merged.customerIds.indexOf(customerId);
	if (c < 0) return undefined;
	const pairs: [number, number][] = [];
	for (let k = merged.start[c]; k < merged.start[c + 1]; k++) {
		pairs.push([merged.day[k], merged.value[k]]);
	}
	return pairs;
}

describe('mergeTransactions', () => {
	it('merges same-day purchases into one transaction with their total value', () => {
		const rows: OrderRow[] = [
			['A', 12, 5],
			['A', 10, 20],
			['A', 10, 15],
			['A', 11, 7]
		];
		expect(transactionsOf(rows, 'A')).toEqual([
			[10, 35],
			[11, 7],
			[12, 5]
		]);
	});

	it('counts a zero-amount order with status ok as a purchase (CDNOW has them)', () => {
		expect(transactionsOf([['A', 10, 0]], 'A')).toEqual([[10, 0]]);
	});

	it('nets credits into the latest transaction on or before their day', () => {
		const rows: OrderRow[] = [
			['A', 10, 50],
			['A', 12, -20, returned],
			['A', 15, 30],
			['A', 15, -30, cancelled],
			['A', 16, -5]
		];
		expect(transactionsOf(rows, 'A')).toEqual([
			[10, 30],
			[15, -5]
		]);
	});

	it('ignores credits before the first purchase and cancelled orders with positive amounts', () => {
		const rows: OrderRow[] = [
			['A', 8, -10, returned],
			['A', 9, 99, cancelled],
			['A', 10, 40],
			['B', 10, 25, cancelled]
		];
		expect(transactionsOf(rows, 'A')).toEqual([[10, 40]]);
		expect(transactionsOf(rows, 'B')).toBeUndefined();
	});

	it('stops at the end day, so later returns do not change earlier values', () => {
		const rows: OrderRow[] = [
			['A', 10, 40],
			['A', 20, -40, returned],
			['A', 21, 10]
		];
		expect(transactionsOf(rows, 'A', 15)).toEqual([[10, 40]]);
	});

	it('keeps the cost of goods where orders give one', () => {
		const merged = mergeTransactions(
			ordersOf([
				['A', 10, 100, ORDER_STATUS.ok, 60],
				['A', 10, 50],
				['A', 11, 80, ORDER_STATUS.ok, 20]
			]),
			100
		);
		expect(Array.from(merged.knownCost)).toEqual([60, 20]);
		expect(Array.from(merged.costedAmount)).toEqual([100, 80]);
		expect(Array.from(merged.sourceIndex)).toEqual([0]);
	});
});
