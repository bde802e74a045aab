import { describe, expect, it } from 'vitest';
import {
	countAtOrBelow,
	countBelow,
	mean,
	median,
	quantileSorted,
	quantiles,
	sortedFinite
} from './stats';

describe('quantileSorted (R-7, Excel PERCENTILE.INC)', () => {
	it('matches Excel on its documentation example: PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9', () => {
		expect(quantiles([1, 3, 2, 4], [0.3])[0]).toBeCloseTo(1.9, 12);
	});

	it('gives the quintile cut points of 1..10 as computed by hand', () => {
		// Position (n − 1)p + 1 = 2.8, 4.6, 6.4, 8.2 (1-based) → values 2.8, 4.6, 6.4, 8.2.
		const cuts = quantiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], [0.2, 0.4, 0.6, 0.8]);
		[2.8, 4.6, 6.4, 8.2].forEach((expected, k) => expect(cuts[k]).toBeCloseTo(expected, 12));
	});

	it('interpolates between unequal neighbours', () => {
		// {15, 20, 35, 40, 50}: p 0.4 → position 1.6 → 20 + 0.6 × 15 = 29; p 0.8 → 3.2 → 42.
		const sorted = [15, 20, 35, 40, 50];
		expect(quantileSorted(sorted, 0.4)).toBeCloseTo(29, 12);
		expect(quantileSorted(sorted, 0.8)).toBeCloseTo(42, 12);
		expect(quantileSorted(sorted, 0)).toBe(15);
		expect(quantileSorted(sorted, 1)).toBe(50);
	});

	it('lands exactly on a value when the position is whole', () => {
		// n = 11: positions 2, 4, 6, 8 (0-based).
		const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110];
		expect(quantiles(sorted, [0.2, 0.4, 0.6, 0.8])).toEqual([30, 50, 70, 90]);
	});

	it('returns the value itself for one value and NaN for none', () => {
		expect(quantileSorted([7], 0.2)).toBe(7);
		expect(quantileSorted([], 0.5)).toBeNaN();
	});
});

describe('helpers', () => {
	it('sorts finite values, leaving out NaN and excluded entries', () => {
		expect([...sortedFinite([3, NaN, 1, 2], [1, 1, 1, 0])]).toEqual([1, 3]);
	});

	it('takes mean and median over finite values only', () => {
		expect(mean([1, 2, NaN, 6])).toBe(3);
		expect(median([5, 1, NaN, 3, 100])).toBe(4);
		expect(mean([])).toBeNaN();
	});

	it('counts cut points strictly below and at or below', () => {
		expect(countBelow([1, 2, 2, 3], 2)).toBe(1);
		expect(countAtOrBelow([1, 2, 2, 3], 2)).toBe(3);
	});
});
