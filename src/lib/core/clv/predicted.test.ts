import { describe, expect, it } from 'vitest';
import { averageDaysBetweenOrders, churnWindow, nextOrderDay, spendTiers } from './predicted';

describe('predicted fields', () => {
	it('puts the churn window in model units', () => {
		expect(churnWindow(90, 'day')).toBe(90);
		expect(churnWindow(90, 'week')).toBeCloseTo(90 / 7, 14);
	});

	it('dates the next order from the calibration end, rounded up to a day', () => {
		expect(nextOrderDay(1000, 2.5, 'week')).toBe(1018); // 17.5 days
		expect(nextOrderDay(1000, 3, 'day')).toBe(1003);
		expect(nextOrderDay(1000, 0.01, 'day')).toBe(1001);
		expect(nextOrderDay(1000, Infinity, 'week')).toBeNaN();
	});

	it('averages the days between orders over the gaps', () => {
		expect(averageDaysBetweenOrders(90, 3)).toBe(30);
		expect(averageDaysBetweenOrders(0, 0)).toBeNaN();
	});

	it('gives the top 20 % high, the next 30 % medium and the rest low', () => {
		const clv = Array.from({ length: 10 }, (_, i) => 100 - i); // 100 … 91
		expect(spendTiers(clv)).toEqual([
			'high',
			'high',
			'medium',
			'medium',
			'medium',
			'low',
			'low',
			'low',
			'low',
			'low'
		]);
	});

	it('keeps equal predictions in one tier and leaves customers without one out', () => {
		const tiers = spendTiers([5, 5, 5, 5, 5, NaN, 1, 1, 1, 1, 1]);
		// Ten with a prediction; the five at 5 share the top position.
		expect(tiers.slice(0, 5)).toEqual(['high', 'high', 'high', 'high', 'high']);
		expect(tiers[5]).toBeNull();
		expect(tiers.slice(6)).toEqual(['low', 'low', 'low', 'low', 'low']);
		// Everyone alike (a degenerate fit): everyone is "high" — the screens must not show it.
		expect(new Set(spendTiers([7, 7, 7]))).toEqual(new Set(['high']));
	});
});
