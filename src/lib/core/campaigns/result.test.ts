import { describe, expect, it } from 'vitest';
import { ORDER_STATUS, type Order } from '../model';
import { ordersFromObjects } from '../order-columns';
import { groupBaseline } from './baseline';
import type { Campaign, GroupBaseline } from './model';
import { campaignResult, elapsedDays, verdictOf } from './result';

const order = (customerId: string, day: number, amount: number, status: number = ORDER_STATUS.ok) =>
	({
		customerId,
		day,
		amount,
		status,
		secondOfDay: 0,
		cost: NaN,
		quantity: 1,
		orderId: `${customerId}-${day}`,
		product: ''
	}) as Order;

const empty: GroupBaseline = {
	members: 0,
	recencyDays: NaN,
	orders: 0,
	netValue: 0,
	clv: NaN,
	tiers: {}
};

/** Window: days 100 to 109. */
const campaign: Campaign = {
	id: 'k1',
	name: 'Win back',
	action: 'Call',
	source: { kind: 'filter', description: '' },
	createdAt: 0,
	startDay: 100,
	windowDays: 10,
	holdoutShare: 0.5,
	seed: 1,
	treated: ['T1', 'T2', 'T3', 'T4'],
	holdout: ['H1', 'H2', 'H3', 'H4'],
	baseline: { treated: empty, holdout: empty }
};

const orders = ordersFromObjects([
	order('T1', 99, 50), // before the window: not counted
	order('T1', 100, 100),
	order('T1', 105, 50),
	order('T2', 109, 80),
	order('T2', 110, 999), // after the window
	order('T3', 103, 30, ORDER_STATUS.returned), // a return: −30 revenue, not a purchase
	order('H1', 101, 40),
	order('H2', 104, 70, ORDER_STATUS.cancelled), // cancelled: nothing
	order('X', 101, 500) // not a member
]);

describe('campaignResult', () => {
	it('counts buyers, orders and revenue per member in the window (worked by hand)', () => {
		// Treated: buyers T1, T2 → 2/4; orders (2+1+0+0)/4 = 0.75; revenue (150+80−30)/4 = 50.
		// Hold-out: buyer H1 → 1/4; orders 1/4; revenue 40/4 = 10.
		// Share: 0.25 ± 1.959964·√(0.5·0.5/4 + 0.25·0.75/4) = 0.25 ± 1.959964·0.330719
		//      = 0.25 ± 0.648197 → −0.398197 to 0.898197: no measurable difference.
		const result = campaignResult(campaign, orders, 110);
		expect(result.treated).toEqual({
			members: 4,
			buyers: 2,
			buyerShare: 0.5,
			ordersPerMember: 0.75,
			revenuePerMember: 50
		});
		expect(result.holdout).toMatchObject({
			buyers: 1,
			ordersPerMember: 0.25,
			revenuePerMember: 10
		});
		expect(result.share.difference).toBeCloseTo(0.25, 12);
		expect(result.share.low).toBeCloseTo(-0.398197, 5);
		expect(result.share.high).toBeCloseTo(0.898197, 5);
		expect(result.revenue.difference).toBeCloseTo(40, 12);
		expect(result.elapsedDays).toBe(10);
		expect(result.verdict).toEqual({ kind: 'no-difference' });
	});

	it('is too early while the data does not cover the whole window', () => {
		// Data to day 104: days 100–104 of 100–109, 5 of 10.
		expect(campaignResult(campaign, orders, 104).verdict).toEqual({
			kind: 'too-early',
			elapsedDays: 5,
			windowDays: 10
		});
		expect(elapsedDays(100, 10, 90)).toBe(0);
		expect(elapsedDays(100, 10, NaN)).toBe(0);
	});
});

describe('verdictOf', () => {
	it('states the lift in percentage points with its interval when it excludes zero', () => {
		const verdict = verdictOf(60, 60, { difference: 0.15, low: 0.017431, high: 0.282569 });
		expect(verdict.kind).toBe('lift');
		if (verdict.kind !== 'lift') return;
		expect(verdict.points).toBeCloseTo(15, 12);
		expect(verdict.low).toBeCloseTo(1.7431, 10);
		expect(verdict.high).toBeCloseTo(28.2569, 10);
	});

	it('says no measurable difference when the interval holds zero', () => {
		expect(verdictOf(60, 60, { difference: 0.02, low: -0.01, high: 0.05 })).toEqual({
			kind: 'no-difference'
		});
	});
});

describe('groupBaseline', () => {
	it('averages R, F, M and CLV and counts tiers (worked by hand)', () => {
		const columns = {
			measures: {
				customerIds: ['A', 'B', 'C'],
				recencyDays: Float64Array.from([10, NaN, 30]),
				orders: Uint32Array.from([2, 0, 4]),
				netValue: Float64Array.from([100, 0, 300])
			},
			clv: Float64Array.from([50, NaN, 150]),
			tier: ['high', '', 'low']
		};
		// Members A, B, C and Z (unknown: no purchases). Recency over A and C: (10+30)/2 = 20;
		// orders (2+0+4+0)/4 = 1.5; value (100+0+300+0)/4 = 100; CLV over A and C: 100.
		expect(groupBaseline(['A', 'B', 'C', 'Z'], columns)).toEqual({
			members: 4,
			recencyDays: 20,
			orders: 1.5,
			netValue: 100,
			clv: 100,
			tiers: { high: 1, '': 2, low: 1 }
		});
	});
});
