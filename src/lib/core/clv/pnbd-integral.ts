/**
 * The one integral the Pareto/NBD likelihood and predictions are made of:
 *   K(t) = ∫_t^∞ (A + τ)^−pA (B + τ)^−pB dτ,   A ≥ B > 0,  pA, pB > 0,  m = pA + pB − 1 > 0,
 * returned as ln K. In closed form K = (A+t)^−pA (B+t)^−(pB−1) / m · ₂F₁(pA, 1; m+1; z) with
 * z = (A−B)/(A+t) ∈ [0, 1) — the Pfaff-transformed form of Fader & Hardie's (2005) ₂F₁, chosen
 * because all its terms are positive and each term ratio (pA+n)/(pA+pB+n)·z is below z.
 *
 * Switch-over: the series is summed up to SERIES_TERMS terms (enough for z up to about 0.98);
 * beyond (z close to 1: one rate scale far smaller than the other, as in fits where nobody seems
 * to drop out) the power series would need ~35/(1−z) terms, and the transformations to 1 − z
 * have poles at integer parameters. There K is split at τ½, where z = ½: the tail K(τ½) by the
 * series at z = ½, the rest by Gauss–Legendre panels in u = ln(B + τ), where ln of the integrand,
 * φ(u) = (1−pB)u − pA ln(A−B+e^u), is concave, and each panel is short enough that φ changes
 * slope by at most 2 across it (the rule is then exact to rounding).
 */

import { gaussLegendre } from './clv';

/** Terms before the series gives way to the split (z^4000 < 1e-35 at z = 0.98). */
const SERIES_TERMS = 4000;
const TOLERANCE = 1e-16;
const PANEL_POINTS = 20;
let legendre: { nodes: Float64Array; weights: Float64Array } | undefined;

/** ln ₂F₁(pA, 1; pA+pB; z) by its series, or NaN when it has not converged in `maxTerms`. */
function logSeries(pA: number, pB: number, z: number, maxTerms: number): number {
	if (z === 0) return 0;
	let term = 1;
	let sum = 1;
	for (let n = 0; n < maxTerms; n++) {
		const ratio = ((pA + n) / (pA + pB + n)) * z;
		term *= ratio;
		sum += term;
		// Later ratios are below z: the tail is below term · z / (1 − z).
		if (term * z <= TOLERANCE * sum * (1 - z)) return Math.log(sum);
	}
	return NaN;
}

/** ln K(t) by the series; NaN when the series is too slow. */
function logBySeries(A: number, pA: number, B: number, pB: number, t: number, maxTerms: number) {
	const m = pA + pB - 1;
	const z = (A - B) / (A + t);
	const series = logSeries(pA, pB, z, maxTerms);
	return -pA * Math.log(A + t) - (pB - 1) * Math.log(B + t) - Math.log(m) + series;
}

/** ln ∫ e^φ(u) du over [u0, u1] by Gauss–Legendre panels; φ concave. */
function logPanels(
	phi: (u: number) => number,
	slope: (u: number) => number,
	u0: number,
	u1: number
) {
	legendre ??= gaussLegendre(PANEL_POINTS);
	const { nodes, weights } = legendre;
	// Reference level: φ at its maximum on [u0, u1] (found by bisection on the slope).
	let lo = u0;
	let hi = u1;
	if (slope(u0) <= 0) hi = u0;
	else if (slope(u1) >= 0) lo = u1;
	else {
		for (let i = 0; i < 80; i++) {
			const mid = (lo + hi) / 2;
			if (slope(mid) > 0) lo = mid;
			else hi = mid;
		}
	}
	const peak = (lo + hi) / 2;
	const reference = phi(peak);
	let sum = 0;
	let u = u0;
	while (u < u1) {
		let h = Math.min(1, u1 - u);
		while (h > 1e-9 && h * Math.max(Math.abs(slope(u)), Math.abs(slope(u + h))) > 2) h /= 2;
		let panel = 0;
		for (let i = 0; i < PANEL_POINTS; i++) {
			const point = u + (h * (nodes[i] + 1)) / 2;
			panel += weights[i] * Math.exp(phi(point) - reference);
		}
		sum += (panel * h) / 2;
		u += h;
		// Past the peak the rest is below e^φ(u) / |φ'(u)|: stop once that is negligible.
		const s = slope(u);
		if (u > peak && s < 0 && Math.exp(phi(u) - reference) / -s <= TOLERANCE * sum) break;
	}
	return reference + Math.log(sum);
}

/**
 * ln ∫_t^∞ (A+τ)^−pA (B+τ)^−pB dτ for A ≥ B > 0 (callers put the larger scale first), t ≥ 0.
 */
export function logTailIntegral(A: number, pA: number, B: number, pB: number, t: number): number {
	if (t === Infinity) return -Infinity;
	const bySeries = logBySeries(A, pA, B, pB, t, SERIES_TERMS);
	if (!Number.isNaN(bySeries)) return bySeries;
	// z > ½ here. Split at τ½ = A − 2B, where B + τ½ = A − B.
	const D = A - B;
	const tail = logBySeries(A, pA, B, pB, D - B, SERIES_TERMS);
	const phi = (u: number) => (1 - pB) * u - pA * Math.log(D + Math.exp(u));
	const slope = (u: number) => {
		const e = Math.exp(u);
		return 1 - pB - (pA * e) / (D + e);
	};
	const near = logPanels(phi, slope, Math.log(B + t), Math.log(D));
	const top = Math.max(near, tail);
	return top + Math.log(Math.exp(near - top) + Math.exp(tail - top));
}

/** The same by the series alone with a generous term limit: for tests of the switch-over. */
export function logTailIntegralBySeries(
	A: number,
	pA: number,
	B: number,
	pB: number,
	t: number
): number {
	return logBySeries(A, pA, B, pB, t, 5_000_000);
}

/** ln ∫_t^∞ (α+τ)^−pα (β+τ)^−pβ dτ for any positive α, β (orders the scales itself). */
export function logIntegral(alpha: number, pAlpha: number, beta: number, pBeta: number, t: number) {
	return alpha >= beta
		? logTailIntegral(alpha, pAlpha, beta, pBeta, t)
		: logTailIntegral(beta, pBeta, alpha, pAlpha, t);
}
