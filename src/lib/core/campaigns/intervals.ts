/**
 * The 95 % intervals a campaign's lift is reported with:
 * - the difference of two proportions (share who ordered) with the Wald interval, unpooled
 *   standard error: p1 − p2 ± z·√(p1(1−p1)/n1 + p2(1−p2)/n2), z = 1.959964;
 * - the difference of two means (orders, revenue per member) with Welch's t interval:
 *   m1 − m2 ± t(0.975, ν)·√(s1²/n1 + s2²/n2), ν by the Welch–Satterthwaite equation.
 */

import { studentTQuantile } from './student-t';

/** The standard normal's 97.5 % quantile. */
export const Z_975 = 1.959963984540054;

export interface Difference {
	/** Treated minus hold-out. */
	difference: number;
	low: number;
	high: number;
}

/** Wald interval of p1 − p2 for x1 of n1 and x2 of n2 (NaN when a group is empty). */
export function twoProportionInterval(x1: number, n1: number, x2: number, n2: number): Difference {
	if (!(n1 > 0 && n2 > 0)) return { difference: NaN, low: NaN, high: NaN };
	const p1 = x1 / n1;
	const p2 = x2 / n2;
	const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
	const difference = p1 - p2;
	return { difference, low: difference - Z_975 * se, high: difference + Z_975 * se };
}

/** Count, mean and sample variance (n − 1) of a group's values. */
export interface Moments {
	n: number;
	mean: number;
	variance: number;
}

/** The moments of a list of values (variance NaN below two values). */
export function moments(values: ArrayLike<number>): Moments {
	const n = values.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += values[i];
	const mean = n > 0 ? sum / n : NaN;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
	return { n, mean, variance: n > 1 ? squares / (n - 1) : NaN };
}

/** Welch's interval of mean1 − mean2 (NaN below two values in a group). */
export function welchInterval(a: Moments, b: Moments): Difference & { df: number } {
	const difference = a.mean - b.mean;
	const va = a.variance / a.n;
	const vb = b.variance / b.n;
	const se = Math.sqrt(va + vb);
	if (!Number.isFinite(se)) return { difference, low: NaN, high: NaN, df: NaN };
	// Both groups without spread (say, nobody ordered): the difference is exact.
	if (se === 0) return { difference, low: difference, high: difference, df: Infinity };
	const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
	const t = studentTQuantile(0.975, df);
	return { difference, low: difference - t * se, high: difference + t * se, df };
}
