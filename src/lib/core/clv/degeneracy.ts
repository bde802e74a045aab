/**
 * When a fit cannot support per-customer predictions, and why. A maximum-likelihood fit always
 * returns numbers; these checks say when the numbers mean nothing for a single customer, so the
 * screens can say so in plain words instead of showing "P(alive) 100 %" under "model fitted".
 *
 * The checks and their thresholds (each one is a reason code with the figure behind it):
 * - `not-converged`, `at-bound`: the optimiser did not reach an interior optimum. A parameter on
 *   the search box (e^±14 of its data scale, `fitting.ts`) is one the data do not identify —
 *   the situation lifetimes' "penalizer" and BTYD's max.param.value paper over.
 * - `few-repeat-customers`: fewer than 10 repeat customers per model parameter (40 for the
 *   four-parameter models). The 10-per-parameter rule is the events-per-variable rule of thumb for
 *   maximum-likelihood models (Peduzzi et al. 1996, J. Clin. Epidemiol. 49(12)); for these
 *   models the repeat customers are the "events" that carry information on rate and dropout.
 * - `no-dropout`: the fit sees (almost) nobody leave. BG/NBD and MBG/NBD: the mean dropout
 *   probability per purchase a/(a+b) below 0.5 % (one loss in 200 purchases; issue 16's Online
 *   Retail fit has a = 0.0034, everyone at P(alive) ≈ 100 %), or the share of repeat customers the
 *   fit judges gone below 1 %. Pareto/NBD: the prior chance of dying within the mean observed
 *   age, 1 − (β/(β+T̄))^s, below 1 % (lifetimes #207: s = 5e-10 on UCI Online Retail), or the
 *   same 1 % judged gone. With no dropout P(alive) is 1 for everyone and the expected purchases
 *   ignore how long a customer has been silent: a dormant customer is worth a champion's CLV.
 * - `everyone-drops-out`: a/(a+b) above 99.5 % (BG models): every repeat purchase is a last one,
 *   so the model cannot tell who stays.
 * The thresholds are conservative judgements at the models' limits, stated here so a trainer can
 * question them; the literature gives no sharper cut-off for these models.
 */

import type { BgNbdParams, RfmData } from './bgnbd';
import type { FitResult } from './fitting';
import { clvModel, type ClvModelName, type ModelParams } from './models';
import type { ParetoNbdParams } from './pnbd';

export type DegeneracyReason =
	'not-converged' | 'at-bound' | 'few-repeat-customers' | 'no-dropout' | 'everyone-drops-out';

/** Repeat customers per model parameter below which a fit is not trusted per customer. */
export const REPEAT_CUSTOMERS_PER_PARAMETER = 10;
/** Mean dropout probability per purchase (BG models) below which the fit sees no dropout. */
export const MIN_DROPOUT_PROBABILITY = 0.005;
/** Above this the BG models lose everyone at every purchase. */
export const MAX_DROPOUT_PROBABILITY = 0.995;
/** Share of repeat customers judged gone (or, Pareto/NBD, expected to die) below: no dropout. */
export const MIN_DEAD_SHARE = 0.01;

export interface Degeneracy {
	/** False when per-customer predictions of this fit should not be shown as figures. */
	usable: boolean;
	/** Every check that failed, most fundamental first. */
	reasons: DegeneracyReason[];
	/** The figures the checks looked at, for the screens' explanations. */
	figures: {
		repeatCustomers: number;
		minRepeatCustomers: number;
		/** a/(a+b) of the BG models; NaN for Pareto/NBD. */
		dropoutProbability: number;
		/** Pareto/NBD: 1 − (β/(β+T̄))^s; NaN for the BG models. */
		priorDeathShare: number;
		/** Expected share of repeat customers already gone: 1 − their mean P(alive). */
		deadShare: number;
	};
}

/** The checks above for a fit of `model` on `data` (the data it was fitted on). */
export function assessFit(
	model: ClvModelName,
	fit: FitResult<ModelParams>,
	data: RfmData
): Degeneracy {
	const reasons: DegeneracyReason[] = [];
	const parameters = clvModel(model).parameterNames.length;
	const minRepeatCustomers = REPEAT_CUSTOMERS_PER_PARAMETER * parameters;
	let repeatCustomers = 0;
	let ageSum = 0;
	let weightSum = 0;
	let aliveSum = 0;
	const params = fit.params;
	const finite = Object.values(params).every(Number.isFinite);
	for (let i = 0; i < data.frequency.length; i++) {
		const w = data.weight ? data.weight[i] : 1;
		const x = data.frequency[i];
		weightSum += w;
		ageSum += w * data.age[i];
		if (!(x > 0)) continue;
		repeatCustomers += w;
		if (finite) {
			aliveSum += w * clvModel(model).probabilityAlive(params, x, data.recency[i], data.age[i]);
		}
	}
	if (fit.reason === 'at-bound') reasons.push('at-bound');
	else if (!fit.converged) reasons.push('not-converged');
	if (repeatCustomers < minRepeatCustomers) reasons.push('few-repeat-customers');
	const deadShare = finite && repeatCustomers > 0 ? 1 - aliveSum / repeatCustomers : NaN;
	let dropoutProbability = NaN;
	let priorDeathShare = NaN;
	if (finite) {
		if (model === 'pnbd') {
			const { s, beta } = params as ParetoNbdParams;
			const meanAge = weightSum > 0 ? ageSum / weightSum : 0;
			priorDeathShare = -Math.expm1(-s * Math.log1p(meanAge / beta));
			if (priorDeathShare < MIN_DEAD_SHARE || deadShare < MIN_DEAD_SHARE)
				reasons.push('no-dropout');
		} else {
			const { a, b } = params as BgNbdParams;
			dropoutProbability = a / (a + b);
			if (dropoutProbability < MIN_DROPOUT_PROBABILITY || deadShare < MIN_DEAD_SHARE) {
				reasons.push('no-dropout');
			} else if (dropoutProbability > MAX_DROPOUT_PROBABILITY) {
				reasons.push('everyone-drops-out');
			}
		}
	}
	return {
		usable: reasons.length === 0,
		reasons,
		figures: { repeatCustomers, minRepeatCustomers, dropoutProbability, priorDeathShare, deadShare }
	};
}
