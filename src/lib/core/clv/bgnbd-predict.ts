/**
 * BG/NBD predictions (Fader, Hardie & Lee 2005): probability alive, expected transactions of a
 * new customer, and expected transactions in a future period given a customer's history.
 * Times are in the model's units.
 */

import type { BgNbdParams } from './bgnbd';
import { hyp2f1, sumRatioSeries } from './special';

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)).
 * Exactly 1 for x = 0: in BG/NBD a customer can only drop out right after a purchase, so one who
 * never repeated is "alive" by construction.
 */
export function probabilityAlive(
	params: BgNbdParams,
	frequency: number,
	recency: number,
	age: number
): number {
	if (frequency === 0) return 1;
	return 1 / (1 + Math.exp(logDeadOdds(params, frequency, recency, age)));
}

/** ln of the odds of being dead, the second term of P(alive)'s denominator (x > 0). */
function logDeadOdds(params: BgNbdParams, frequency: number, recency: number, age: number) {
	const { r, alpha, a, b } = params;
	const x = frequency;
	return (
		Math.log(a) -
		Math.log(b + x - 1) +
		(r + x) * (Math.log(alpha + age) - Math.log(alpha + recency))
	);
}

/** ln of the smallest (1−z)^ε the Euler form can carry (its series then overflows). */
const LOG_TINY = -500;

/**
 * The numerator of the conditional expectation, which depends on the history only through
 * x and T: E[Y(t) | x, t_x, T] = numerator(t, x, T) · P(alive | x, t_x, T). In the paper's form
 * it is (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)] with
 * z = t / (α+T+t). Euler's transformation turns the ₂F₁ into (1−z)^(a−1−r−x) ·
 * ₂F₁(a+b−1−r, a−1; a+b+x−1; z), and dividing out the (a − 1) analytically gives a form with no
 * singularity at a = 1 and no overflow for customers with hundreds of purchases:
 *   c · (1 − (1−z)^ε) / ε − (1−z)^ε · S,  ε = a − 1, c = a+b+x−1,
 *   S = Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((c+1)_{n−1} n!) · zⁿ.
 * When a is huge (hardly any spread in the dropout probability: a fit on data where everyone
 * behaves alike), (1−z)^ε underflows while S overflows; the paper's own form is well behaved
 * there and is used instead.
 */
export function conditionalNumerator(
	params: BgNbdParams,
	horizon: number,
	frequency: number,
	age: number
): number {
	if (!(horizon > 0)) return 0;
	const { r, alpha, a, b } = params;
	const x = frequency;
	const c = a + b + x - 1;
	const top = a + b - 1 - r;
	const z = horizon / (alpha + age + horizon);
	const logOneMinusZ = -Math.log1p(horizon / (alpha + age));
	const epsilon = a - 1;
	const logPower = epsilon * logOneMinusZ;
	if (logPower < LOG_TINY) {
		const hypergeometric = hyp2f1(r + x, b + x, c, z);
		return (c / epsilon) * -Math.expm1((r + x) * logOneMinusZ + Math.log(hypergeometric));
	}
	const power = Math.exp(logPower);
	// (1 − (1−z)^ε) / ε, tending to −ln(1−z) as ε → 0.
	const growth = epsilon === 0 ? -logOneMinusZ : -Math.expm1(logPower) / epsilon;
	// S = Σ u_n with u_1 = (a+b−1−r)·z and u_{n+1} / u_n = (top+n)(a+n−1) / ((c+n)(n+1)) · z.
	const settle = Math.max(Math.abs(top), Math.abs(a), Math.abs(c)) + 1;
	const series =
		top === 0
			? 0
			: top *
				z *
				sumRatioSeries((k) => (((top + k + 1) * (a + k)) / ((c + k + 1) * (k + 2))) * z, z, settle);
	return c * growth - power * series;
}

/** Expected transactions in the next `horizon` units of a customer with history (x, t_x, T). */
export function conditionalExpectedTransactions(
	params: BgNbdParams,
	horizon: number,
	frequency: number,
	recency: number,
	age: number
): number {
	const numerator = conditionalNumerator(params, horizon, frequency, age);
	return numerator * probabilityAlive(params, frequency, recency, age);
}

/**
 * E[X(t)]: expected repeat transactions of a new customer in their first t units,
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))] — the conditional numerator of a
 * customer with no history (x = 0, T = 0), whose posterior is the prior.
 */
export function expectedTransactions(params: BgNbdParams, time: number): number {
	return conditionalNumerator(params, time, 0, 0);
}
