/**
 * The one integral the Pareto/NBD likelihood and predictions are made of:
 *   K(t) = ∫_t^∞ (A + τ)^−pA (B + τ)^−pB dτ,   A ≥ B > 0,  pA, pB > 0,  m = pA + pB − 1 > 0,
 * returned as ln K. In closed form K = (A+t)^−pA (B+t)^−(pB−1) / m · ₂F₁(pA, 1; m+1; z) with
 * z = (A−B)/(A+t) ∈ [0, 1) — the Pfaff-transformed form of Fader & Hardie's (2005) ₂F₁, chosen
 * because all its terms are positive and each term ratio (pA+n)/(pA+pB+n)·z is below z.
 *
 * Switch-over at z = SERIES_MAX_Z (0.9, at most ~350 terms): beyond (z close to 1: one rate scale
 * far smaller than the other, as in fits where nobody seems to drop out) the power series would
 * need ~35/(1−z) terms, and the transformations to 1 − z
 * have poles at integer parameters. There K is split: the far part by the series at a small z,
 * the near part, with y = (B+τ)/(A−B) ≤ ½, by the binomial series of (1+y)^−pA integrated term
 * by term (terms fall like 2^−k) — or, when pA is large and those terms would cancel, by
 * Gauss–Legendre panels in u = ln(B + τ), where ln of the integrand,
 * φ(u) = (1−pB)u − pA ln(A−B+e^u), is concave, and each panel is short enough that φ changes
 * slope by at most 2 across it (the rule is then exact to rounding).
 */

import { gaussLegendre } from './clv';

/** Largest z summed by the series (0.9^350 < 1e-16). */
const SERIES_MAX_Z = 0.9;
/** Terms allowed for the series; more than z ≤ 0.9 needs. */
const SERIES_TERMS = 1000;
const TOLERANCE = 1e-16;
/** Gauss–Legendre points per panel: with φ's slope changing by ≤ 2 per panel, exact to rounding. */
const PANEL_POINTS = 12;
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

/**
 * ln ∫ e^φ(u) du over [u0, u1] by Gauss–Legendre panels; φ concave with its top at `peak`.
 * The panels start at the peak and go outwards both ways: with a steep φ (a huge pA) the
 * integrand is negligible a short way from its top, and each side stops once the rest, below
 * e^φ(u) / |φ'(u)| by concavity, is negligible — so the work does not grow with the slope.
 */
function logPanels(
	phi: (u: number) => number,
	slope: (u: number) => number,
	u0: number,
	u1: number,
	peak: number
) {
	legendre ??= gaussLegendre(PANEL_POINTS);
	const { nodes, weights } = legendre;
	// Reference level: φ at its maximum, so the sum cannot overflow or underflow.
	const reference = phi(peak);
	let sum = 0;
	/** Panels from `peak` towards `end` (direction ±1), until the end or a negligible rest. */
	const side = (end: number, direction: 1 | -1) => {
		let u = peak;
		while (direction * (end - u) > 0) {
			// A first guess from the slope here (|φ'| · h ≈ 2), then halved until both ends agree.
			let h = Math.min(1, direction * (end - u), 2 / Math.max(Math.abs(slope(u)), 1e-300));
			while (h > 1e-9 && h * Math.max(Math.abs(slope(u)), Math.abs(slope(u + direction * h))) > 2)
				h /= 2;
			const left = direction > 0 ? u : u - h;
			let panel = 0;
			for (let i = 0; i < PANEL_POINTS; i++) {
				const point = left + (h * (nodes[i] + 1)) / 2;
				panel += weights[i] * Math.exp(phi(point) - reference);
			}
			sum += (panel * h) / 2;
			u += direction * h;
			// Away from the top the slope points back to it: −direction · φ'(u) > 0.
			const fall = -direction * slope(u);
			if (fall > 0 && Math.exp(phi(u) - reference) / fall <= TOLERANCE * sum) break;
		}
	};
	side(u1, 1);
	side(u0, -1);
	return reference + Math.log(sum);
}

/** Largest pA for the binomial series (its terms then stay within 10^3 of the sum). */
const BINOMIAL_MAX_PA = 8;

/**
 * ln ∫_{y0}^{½} y^−pB (1+y)^−pA dy by the binomial series (1+y)^−pA = Σ (−1)^k (pA)_k/k! y^k,
 * integrated term by term: Σ (−1)^k (pA)_k/k! · (½^e − y0^e)/e with e = k + 1 − pB. Terms fall
 * like 2^−k; each is kept relative to y0^(1−pB), and e near 0 goes through expm1 (the log limit).
 */
function logBinomial(pA: number, pB: number, y0: number): number {
	const y1 = 0.5;
	const logRho = Math.log(y1 / y0);
	const e0 = 1 - pB;
	// ρ^e0 with ρ = y1/y0: the upper end relative to the lower one at k = 0.
	const upper0 = Math.exp(e0 * logRho);
	let coefficient = 1;
	let lower = 1; // y0^k
	let upper = upper0; // ρ^e0 · y1^k
	let sum = 0;
	for (let k = 0; k < 2000; k++) {
		const e = e0 + k;
		const scaled =
			Math.abs(e * logRho) < 0.5
				? lower * (e === 0 ? logRho : Math.expm1(e * logRho) / e)
				: (upper - lower) / e;
		const term = coefficient * scaled;
		sum += term;
		if (k > pA + pB && Math.abs(term) <= TOLERANCE * Math.abs(sum)) break;
		coefficient *= -(pA + k) / (k + 1);
		lower *= y0;
		upper *= y1;
	}
	return e0 * Math.log(y0) + Math.log(sum);
}

/**
 * ln ∫_t^∞ (A+τ)^−pA (B+τ)^−pB dτ for A ≥ B > 0 (callers put the larger scale first), t ≥ 0.
 */
export function logTailIntegral(A: number, pA: number, B: number, pB: number, t: number): number {
	if (t === Infinity) return -Infinity;
	const D = A - B;
	if (D / (A + t) <= SERIES_MAX_Z) {
		const bySeries = logBySeries(A, pA, B, pB, t, SERIES_TERMS);
		if (!Number.isNaN(bySeries)) return bySeries;
	}
	return pA <= BINOMIAL_MAX_PA
		? logSplitBinomial(A, pA, B, pB, t)
		: logSplitPanels(A, pA, B, pB, t);
}

/**
 * z > 0.9: split where B + τ = D/2 (z = ⅔ there). The tail by the series; the near part, with
 * y = (B+τ)/D, is D^−m ∫_{y0}^{½} y^−pB (1+y)^−pA dy by the binomial series.
 */
export function logSplitBinomial(A: number, pA: number, B: number, pB: number, t: number) {
	const D = A - B;
	const m = pA + pB - 1;
	const tail = logBySeries(A, pA, B, pB, D / 2 - B, SERIES_TERMS);
	const near = -m * Math.log(D) + logBinomial(pA, pB, (B + t) / D);
	return logAdd(near, tail);
}

/**
 * z > 0.9 with a large pA: split where B + τ = D (z = ½); the near part by Gauss–Legendre
 * panels in u = ln(B+τ) (see the module comment).
 */
export function logSplitPanels(A: number, pA: number, B: number, pB: number, t: number) {
	const D = A - B;
	const tail = logBySeries(A, pA, B, pB, D - B, SERIES_TERMS);
	const phi = (u: number) => (1 - pB) * u - pA * Math.log(D + Math.exp(u));
	const slope = (u: number) => {
		const e = Math.exp(u);
		return 1 - pB - (pA * e) / (D + e);
	};
	const u0 = Math.log(B + t);
	const u1 = Math.log(D);
	// φ' = 0 where e^u / (D + e^u) = (1 − pB) / pA.
	const share = (1 - pB) / pA;
	const top = share <= 0 ? u0 : share >= 0.5 ? u1 : Math.log(D) + Math.log(share / (1 - share));
	const near = logPanels(phi, slope, u0, u1, Math.min(u1, Math.max(u0, top)));
	return logAdd(near, tail);
}

function logAdd(u: number, v: number): number {
	const larger = Math.max(u, v);
	if (larger === -Infinity) return -Infinity;
	return larger + Math.log(Math.exp(u - larger) + Math.exp(v - larger));
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
