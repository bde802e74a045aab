import { describe, expect, it } from 'vitest';
import { moments, twoProportionInterval, welchInterval, Z_975 } from './intervals';
import { studentTCdf, studentTQuantile } from './student-t';

describe('two-proportion (Wald) interval', () => {
	it('matches a case worked by hand', () => {
		// 45 of 100 vs 30 of 100: p1 = 0.45, p2 = 0.30, difference 0.15.
		// SE = √(0.45·0.55/100 + 0.30·0.70/100) = √(0.002475 + 0.0021) = √0.004575 = 0.0676387
		// 1.959964 · 0.0676387 = 0.132569 → 95 % CI 0.017431 to 0.282569.
		const result = twoProportionInterval(45, 100, 30, 100);
		expect(result.difference).toBeCloseTo(0.15, 12);
		expect(result.low).toBeCloseTo(0.017431, 5);
		expect(result.high).toBeCloseTo(0.282569, 5);
	});

	it('matches a second hand-worked case with unequal groups and a negative difference', () => {
		// 12 of 40 vs 90 of 200: p1 = 0.3, p2 = 0.45, difference −0.15.
		// SE = √(0.3·0.7/40 + 0.45·0.55/200) = √(0.00525 + 0.0012375) = √0.0064875 = 0.0805450
		// 1.959964 · 0.0805450 = 0.157866 → 95 % CI −0.307866 to 0.007866.
		const result = twoProportionInterval(12, 40, 90, 200);
		expect(result.difference).toBeCloseTo(-0.15, 12);
		expect(result.low).toBeCloseTo(-0.307866, 5);
		expect(result.high).toBeCloseTo(0.007866, 5);
	});

	it('is empty (NaN) when a group has no members', () => {
		expect(twoProportionInterval(0, 0, 3, 10).difference).toBeNaN();
	});

	it('uses the normal 97.5 % quantile', () => {
		expect(Z_975).toBeCloseTo(1.959964, 6);
	});
});

describe("Welch's interval", () => {
	it('matches a case worked by hand (equal sizes and spreads: ν = 2(n − 1))', () => {
		// A = 3,4,5,6,7: mean 5, s² = (4+1+0+1+4)/4 = 2.5. B = 1,2,3,4,5: mean 3, s² = 2.5.
		// SE = √(2.5/5 + 2.5/5) = 1; ν = (0.5+0.5)² / (0.5²/4 + 0.5²/4) = 1/0.125 = 8.
		// t(0.975, 8) = 2.306004 (printed t tables) → 2 ± 2.306004 = −0.306004 to 4.306004.
		const result = welchInterval(moments([3, 4, 5, 6, 7]), moments([1, 2, 3, 4, 5]));
		expect(result.difference).toBe(2);
		expect(result.df).toBeCloseTo(8, 12);
		expect(result.low).toBeCloseTo(-0.306004, 5);
		expect(result.high).toBeCloseTo(4.306004, 5);
	});

	it('matches a hand-worked case with unequal groups (fractional degrees of freedom)', () => {
		// A = 3,4,5,6,7: mean 5, s² = 2.5, s²/n = 0.5. B = 1,2,3: mean 2, s² = 1, s²/n = 1/3.
		// SE = √(0.5 + 0.333333) = 0.912871; ν = 0.833333² / (0.5²/4 + 0.333333²/2)
		//    = 0.694444 / 0.118056 = 5.882353. t(0.975, 5.882353) = 2.458824 (SciPy's t.ppf)
		// → 3 ± 2.458824 · 0.912871 = 3 ± 2.244588 = 0.755412 to 5.244588.
		const result = welchInterval(moments([3, 4, 5, 6, 7]), moments([1, 2, 3]));
		expect(result.df).toBeCloseTo(5.882353, 5);
		expect(result.low).toBeCloseTo(0.755412, 4);
		expect(result.high).toBeCloseTo(5.244588, 4);
	});

	it('is exact when neither group varies, and NaN below two values', () => {
		expect(welchInterval(moments([0, 0, 0]), moments([0, 0]))).toMatchObject({
			difference: 0,
			low: 0,
			high: 0
		});
		expect(welchInterval(moments([1]), moments([1, 2])).low).toBeNaN();
	});
});

describe('Student t', () => {
	it('gives the printed table quantiles', () => {
		// Two-sided 95 % critical values from any t table.
		const table: [number, number][] = [
			[1, 12.706205],
			[5, 2.570582],
			[6, 2.446912],
			[10, 2.228139],
			[30, 2.042272]
		];
		for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 5);
	});

	it('has the closed-form CDF of one degree of freedom (Cauchy): 1/2 + atan(t)/π', () => {
		for (const t of [-3, -0.5, 0, 1, 4]) {
			expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 10);
		}
	});
});
