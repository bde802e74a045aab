/**
 * Special functions the buy-till-you-die models need: log-gamma, digamma and the Gaussian
 * hypergeometric function 2F1. Written out here (a few dozen lines) rather than pulled from a
 * library so that they run the same in Node and in the worker and their accuracy is tested.
 */

/** Lanczos coefficients for g = 7, n = 9 (relative error about 1e-15 for positive arguments). */
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (ln |Γ(x)| below 0.5 through the reflection formula). */
export function logGamma(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	const shifted = x - 1;
	let series = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) series += LANCZOS[i] / (shifted + i);
	const t = shifted + 7.5;
	return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to 10, then the asymptotic series. */
export function digamma(x: number): number {
	if (!(x > 0)) return NaN;
	let result = 0;
	let value = x;
	while (value < 10) {
		result -= 1 / value;
		value += 1;
	}
	const f = 1 / (value * value);
	const tail =
		f *
		(1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - (f * 691) / 32760)))));
	return result + Math.log(value) - 0.5 / value - tail;
}

/** Relative size of the last term (bounding the tail) at which a power series is summed. */
const SERIES_TOLERANCE = 1e-15;

/**
 * Terms a series may take before it is declared not converged. A ratio tending to z needs about
 * 35 / (1 − z) terms for 1e-15, so this covers z up to 0.99996.
 */
const MAX_SERIES_TERMS = 1_000_000;

/** The smallest positive normal double (2^−1022). */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Sum of terms t_0 = 1, t_{n+1} = t_n · ratio(n), where ratio(n) tends to `limit` (|limit| < 1).
 * Stops once the tail, bounded by |t_n| · ρ / (1 − ρ) with ρ = max(|ratio(n)|, |limit|), is
 * negligible; the bound is trusted only past `settleAfter`, beyond the parameters' size, where
 * the ratio no longer swings. NaN when it does not converge within the term limit.
 */
export function sumRatioSeries(
	ratio: (n: number) => number,
	limit: number,
	settleAfter: number
): number {
	let term = 1;
	let sum = 1;
	for (let n = 0; n < MAX_SERIES_TERMS; n++) {
		const step = ratio(n);
		term *= step;
		sum += term;
		// A subnormal term only rounds (multiplying 5e-324 by 0.6 gives 5e-324 again, forever) and
		// is 1e-308 of the first term: the sum is final.
		if (Math.abs(term) < MIN_NORMAL) return sum;
		if (!Number.isFinite(sum)) return NaN;
		const bound = Math.max(Math.abs(step), Math.abs(limit));
		if (n > settleAfter && bound < 1) {
			if (Math.abs(term) * bound <= SERIES_TOLERANCE * Math.abs(sum) * (1 - bound)) return sum;
		}
	}
	return NaN;
}

/** True when x is 0, −1, −2, … (where Γ has its poles). */
function isNonPositiveInteger(x: number): boolean {
	return x <= 0 && Number.isInteger(x);
}

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real z < 1 (and z = 1 by Gauss's
 * sum when c − a − b, c − a and c − b are positive). Direct power series for 0 ≤ z < 1 with a convergence check;
 * negative z goes through Pfaff's transformation to z / (z − 1) ∈ (0, 1). NaN where it is
 * undefined (c a pole, z > 1) or the series does not settle.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if ([a, b, c, z].some(Number.isNaN)) return NaN;
	if (isNonPositiveInteger(c)) return NaN;
	if (z === 0 || a === 0 || b === 0) return 1;
	if (z > 1) return NaN;
	if (z === 1) return gaussSum(a, b, c);
	if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
	const settle = Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) + 1;
	return sumRatioSeries((n) => (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z, z, settle);
}

/** ₂F₁(a, b; c; 1) = Γ(c) Γ(c − a − b) / (Γ(c − a) Γ(c − b)), for c − a − b > 0. */
function gaussSum(a: number, b: number, c: number): number {
	const excess = c - a - b;
	if (!(excess > 0)) return NaN;
	if ([c, c - a, c - b].some((v) => !(v > 0))) return NaN;
	return Math.exp(logGamma(c) + logGamma(excess) - logGamma(c - a) - logGamma(c - b));
}
