import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { orderPeriod } from '../order-period';
import { ordersFromObjects } from '../order-columns';
import { smallSnapshot } from '../testing/small-store';
import { alignColumn } from './align';
import { computeMeasures } from './measures';
import { classRows, customerInRun, runClassesOn } from './run-mapping';
import { segmentationTotals } from './totals';

const classes = [
	{ id: 'a', zh: '甲', en: 'A' },
	{ id: 'b', zh: '乙', en: 'B' }
];
const run = {
	id: 'run-1',
	createdAt: 1000,
	primarySchemeId: 'tiers',
	customerIds: ['C1', 'C2', 'C3'],
	schemes: [{ schemeId: 'tiers', classes, classIndex: Uint8Array.from([1, 0, 1]) }]
};

describe('segmentation totals', () => {
	it('count customers, purchasers, purchase orders and net revenue of the small store', () => {
		const { orders, customers } = smallSnapshot();
		const measures = computeMeasures(orders, customers, dayFromParts(2025, 7, 1));
		const totals = segmentationTotals(measures);
		expect(totals.customers).toBe(3);
		expect(totals.purchasers).toBe(Array.from(measures.orders).filter((count) => count > 0).length);
		let revenue = 0;
		for (const value of measures.netValue) revenue += value;
		expect(totals.revenue).toBeCloseTo(revenue, 9);
		expect(totals.orders).toBe(Array.from(measures.orders).reduce((a, b) => a + b, 0));
	});
});

describe('order period', () => {
	it('is the first and last order day, or null without orders', () => {
		const orders = ordersFromObjects(
			[20_100, 20_005, 20_300].map((day, i) => ({
				customerId: `C${i}`,
				day,
				secondOfDay: -1,
				amount: 10,
				cost: NaN,
				quantity: NaN,
				status: 0,
				orderId: `O${i}`,
				product: ''
			}))
		);
		expect(orderPeriod(orders)).toEqual({ firstDay: 20_005, lastDay: 20_300 });
		expect(orderPeriod(ordersFromObjects([]))).toBeNull();
	});
});

describe('aligning a column to other ids', () => {
	it('reorders by id and gives NaN where the id is missing', () => {
		const out = alignColumn(['a', 'b', 'c'], [1, 2, 3], ['c', 'x', 'a']);
		expect(Array.from(out)).toEqual([3, NaN, 1]);
	});
});

describe('a stored run on today’s customers', () => {
	it('maps classes by id; a customer the run did not have gets -1', () => {
		const [scheme] = runClassesOn(run, ['C3', 'C4', 'C1']);
		expect(scheme.schemeId).toBe('tiers');
		expect(Array.from(scheme.classOfRow)).toEqual([1, -1, 1]);
		expect(Array.from(classRows(Uint8Array.from([0, 1])))).toEqual([0, 1]);
	});

	it('gives one customer’s classes in the run, or null when they were not in it', () => {
		expect(customerInRun(run, 'C2')).toEqual({
			runId: 'run-1',
			createdAt: 1000,
			primarySchemeId: 'tiers',
			classes: { tiers: classes[0] }
		});
		expect(customerInRun(run, 'nobody')).toBeNull();
	});
});
