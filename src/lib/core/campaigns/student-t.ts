/**
 * The Student t distribution's upper quantile, for Welch's interval: the CDF through the
 * regularised incomplete beta function (continued fraction, as in Numerical Recipes §6.4) and
 * the quantile by bisection. Accurate to about 1e-10, far below what the intervals show.
 */

import { logGamma } from '../clv/special';

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= 300; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const step = d * c;
		h *= step;
		if (Math.abs(step - 1) < 1e-14) break;
	}
	return h;
}

/** The regularised incomplete beta function I_x(a, b), 0 ≤ x ≤ 1. */
export function incompleteBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	return x < (a + 1) / (a + b + 2)
		? (front * betaFraction(a, b, x)) / a
		: 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0, need not be whole). */
export function studentTCdf(t: number, df: number): number {
	const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
	return t >= 0 ? 1 - tail : tail;
}

/** The t with P(T ≤ t) = p (0.5 ≤ p < 1), for `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
	if (!(df > 0) || !(p >= 0.5 && p < 1)) return NaN;
	let low = 0;
	let high = 1;
	while (studentTCdf(high, df) < p) high *= 2;
	for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
		const middle = (low + high) / 2;
		if (studentTCdf(middle, df) < p) low = middle;
		else high = middle;
	}
	return (low + high) / 2;
}
