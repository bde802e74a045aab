import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logGamma } from './special';

const EULER_GAMMA = 0.5772156649015329;

describe('logGamma', () => {
	it('matches known values', () => {
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(2)).toBeCloseTo(0, 14);
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
		expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
		expect(logGamma(1e-3)).toBeCloseTo(6.907178885383853, 12);
	});

	it('satisfies the recurrence ln Γ(x+1) = ln Γ(x) + ln x', () => {
		for (const x of [0.01, 0.3, 1.7, 4.2, 37.5, 1234.5]) {
			expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 10);
		}
	});
});

describe('digamma', () => {
	it('matches known values', () => {
		expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 14);
		expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.log(2), 13);
		expect(digamma(10)).toBeCloseTo(2.251752589066721, 13);
	});

	it('is the derivative of logGamma', () => {
		for (const x of [0.2, 1.3, 7.5, 250]) {
			const h = 1e-5 * x;
			const slope = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
			expect(digamma(x)).toBeCloseTo(slope, 6);
		}
	});

	it('is NaN outside its domain here', () => {
		expect(digamma(0)).toBeNaN();
		expect(digamma(-1.5)).toBeNaN();
	});
});

describe('hyp2f1', () => {
	it('matches closed forms inside the unit interval', () => {
		for (const z of [0.1, 0.5, 0.9, 0.99, 0.999]) {
			expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 10);
			expect(hyp2f1(0.7, 2.5, 2.5, z)).toBeCloseTo(Math.pow(1 - z, -0.7), 8);
		}
		const s = 0.6;
		expect(hyp2f1(0.5, 0.5, 1.5, s * s)).toBeCloseTo(Math.asin(s) / s, 13);
	});

	it('uses the Pfaff transformation for negative arguments', () => {
		for (const z of [0.5, 3, 40]) {
			expect(hyp2f1(1, 1, 2, -z)).toBeCloseTo(Math.log(1 + z) / z, 12);
		}
	});

	it('gives Gauss sum at z = 1 and tolerates terminating series', () => {
		expect(hyp2f1(1, 1, 3, 1)).toBeCloseTo(2, 12);
		// (1 − z)² = ₂F₁(−2, b; b; z): the series stops after three terms.
		expect(hyp2f1(-2, 1.5, 1.5, 0.3)).toBeCloseTo(0.49, 14);
	});

	it('is NaN where undefined instead of throwing', () => {
		expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
		expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
		expect(hyp2f1(1, 1, 1.5, 1)).toBeNaN();
		expect(hyp2f1(NaN, 1, 2, 0.5)).toBeNaN();
	});
});
