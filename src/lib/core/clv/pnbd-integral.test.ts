import { describe, expect, it } from 'vitest';
import {
	logIntegral,
	logSplitBinomial,
	logSplitPanels,
	logTailIntegral,
	logTailIntegralBySeries
} from './pnbd-integral';

/**
 * ln ∫_t^∞ (A+τ)^−pA (B+τ)^−pB dτ by composite Simpson in u = ln(B+τ) over a long finite range
 * (independent of the code under test: no series, no panels, no split).
 */
function simpson(A: number, pA: number, B: number, pB: number, t: number): number {
	const m = pA + pB - 1;
	const u0 = Math.log(B + t);
	const u1 = Math.max(u0, Math.log(A + t)) + 40 + 60 / m;
	const n = 400_000;
	const h = (u1 - u0) / n;
	const logF = (u: number) => u - pA * Math.log(A - B + Math.exp(u)) - pB * u;
	let top = -Infinity;
	for (let i = 0; i <= n; i += 100) top = Math.max(top, logF(u0 + i * h));
	let sum = 0;
	for (let i = 0; i <= n; i++) {
		const weight = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
		sum += weight * Math.exp(logF(u0 + i * h) - top);
	}
	return top + Math.log((sum * h) / 3);
}

describe('the Pareto/NBD integral K', () => {
	it('is exact for equal scales: (A+t)^−m / m', () => {
		expect(logTailIntegral(5, 1.3, 5, 0.9, 2)).toBeCloseTo(-1.2 * Math.log(7) - Math.log(1.2), 13);
	});

	it('matches Simpson quadrature on both sides of the series/panel switch-over', () => {
		const cases: [number, number, number, number, number][] = [
			[12, 0.6, 10, 1.6, 0], // CDNOW-like: z small
			[12, 3.6, 10, 0.6, 30],
			[50, 1.6, 1, 0.6, 0], // z = 0.98: series, near its limit
			[1000, 0.7, 1, 1.5, 0], // z = 0.999: panels
			[1e6, 1.61, 0.01, 0.55, 3], // one scale 10^8 times the other
			[1e6, 0.55, 0.01, 1.61, 0],
			[2000, 40.5, 0.5, 0.7, 1], // many purchases on the larger scale
			[2000, 0.7, 0.5, 40.5, 1] // many purchases on the smaller scale
		];
		for (const [A, pA, B, pB, t] of cases) {
			const value = logTailIntegral(A, pA, B, pB, t);
			expect(Number.isFinite(value)).toBe(true);
			expect(value).toBeCloseTo(simpson(A, pA, B, pB, t), 7);
		}
	});

	it('agrees with the long series where both work (the switch-over is seamless)', () => {
		for (const [A, pA, B, pB, t] of [
			[1000, 0.7, 1, 1.5, 0],
			[300, 2.5, 1, 0.3, 0.5],
			[5000, 1.2, 1, 1.0, 0]
		]) {
			expect(logTailIntegral(A, pA, B, pB, t)).toBeCloseTo(
				logTailIntegralBySeries(A, pA, B, pB, t),
				11
			);
		}
	});

	it('orders the scales itself and vanishes at t = ∞', () => {
		expect(logIntegral(2, 1.5, 9, 0.7, 3)).toBeCloseTo(logTailIntegral(9, 0.7, 2, 1.5, 3), 14);
		expect(logIntegral(2, 1.5, 9, 0.7, Infinity)).toBe(-Infinity);
	});
});

describe('the split forms beyond the series', () => {
	it('agree with each other and with Simpson (binomial near part and panels)', () => {
		const cases: [number, number, number, number, number][] = [
			[1000, 0.7, 1, 1.5, 0],
			[1e5, 1.00003, 2, 0.74, 3], // pA ≈ 1 (s → 0), many magnitudes apart
			[1e5, 3e-5, 2, 1.74, 0],
			[1e5, 1.3, 2, 1, 0], // pB exactly 1: the log term
			[1e5, 1.3, 2, 2, 0], // pB exactly 2
			[5e4, 0.6, 1, 45.7, 2], // many purchases on the smaller scale
			[3000, 7.5, 1, 0.4, 1]
		];
		for (const [A, pA, B, pB, t] of cases) {
			const binomial = logSplitBinomial(A, pA, B, pB, t);
			expect(binomial).toBeCloseTo(logSplitPanels(A, pA, B, pB, t), 10);
			expect(binomial).toBeCloseTo(simpson(A, pA, B, pB, t), 7);
		}
	});
});
