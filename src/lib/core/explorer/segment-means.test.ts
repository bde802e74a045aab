import { describe, expect, it } from 'vitest';
import { classMeans, compareSegments, overallMean, profileIndex } from './segment-means';

describe('classMeans', () => {
	it('averages each class over members with a value', () => {
		const { mean, count } = classMeans([0, 0, 1, 1, 2], 3, [2, 4, NaN, 10, NaN]);
		expect(Array.from(mean.slice(0, 2))).toEqual([3, 10]);
		expect(mean[2]).toBeNaN();
		expect(Array.from(count)).toEqual([2, 1, 0]);
	});

	it('leaves out customers without a class', () => {
		expect(Array.from(classMeans([-1, 0], 1, [100, 4]).mean)).toEqual([4]);
	});

	it('gives the overall mean of finite values', () => {
		expect(overallMean([1, NaN, 3, Infinity])).toBe(2);
		expect(overallMean([])).toBeNaN();
	});
});

describe('profileIndex', () => {
	it('is 100 at the average', () => {
		expect(profileIndex(50, 50)).toBe(100);
		expect(profileIndex(75, 50)).toBe(150);
	});

	it('is missing without a positive average', () => {
		expect(profileIndex(5, 0)).toBeNaN();
		expect(profileIndex(NaN, 3)).toBeNaN();
		expect(profileIndex(5, -2)).toBeNaN();
	});
});

describe('compareSegments', () => {
	it('lines up two segments measure by measure', () => {
		const pairs = compareSegments(
			['orders', 'clv', 'recencyDays'],
			{ orders: 5, clv: NaN, recencyDays: 30 },
			{ orders: 2, clv: 120, recencyDays: 30 }
		);
		expect(pairs[0]).toEqual({
			measure: 'orders',
			first: 5,
			second: 2,
			difference: -3,
			higher: 'first'
		});
		expect(pairs[1].higher).toBe('unknown');
		expect(pairs[1].difference).toBeNaN();
		expect(pairs[2].higher).toBe('same');
	});
});
