/**
 * RFM scores 1–5 as the brief defines them. Cut points are the 20/40/60/80 % quantiles (R-7,
 * PERCENTILE.INC) of the measure over the customers with a purchase; F and M score = 1 + the
 * number of cut points strictly below the value; R score = 5 − the number of cut points strictly
 * below the recency in days. Equal values always get equal scores, so tied measures may use
 * fewer than five scores. Customers without a purchase have no R, F or M: their scores are 0.
 */

import type { CustomerMeasures } from './measures';
import { purchaserMask } from './measures';
import { countBelow, quantiles } from './stats';

/** Monetary value: total net value, or net value per purchase. */
export type MonetaryBasis = 'total' | 'average';

/** Four ascending cut points per measure: recency in days, frequency in orders, monetary. */
export interface RfmCuts {
	recency: number[];
	frequency: number[];
	monetary: number[];
}

export interface RfmSettings {
	monetary: MonetaryBasis;
	/** Cut points typed by the user; a measure given here replaces its computed quintiles. */
	cuts: Partial<RfmCuts>;
}

export const DEFAULT_RFM_SETTINGS: RfmSettings = { monetary: 'total', cuts: {} };

/** The quantiles that make the cut points. */
export const QUINTILE_PROBABILITIES: readonly number[] = [0.2, 0.4, 0.6, 0.8];

/** Scores per customer (1–5, 0 = no purchase, not scored) and the cut points used. */
export interface RfmScores {
	recency: Uint8Array;
	frequency: Uint8Array;
	monetary: Uint8Array;
	/** The cut points applied (typed ones where given). */
	cuts: RfmCuts;
	/** The quintile cut points of the data, for showing beside typed ones. */
	dataCuts: RfmCuts;
	monetaryBasis: MonetaryBasis;
}

/** Monetary value per customer: net value or average order value, NaN without a purchase. */
export function monetaryValues(measures: CustomerMeasures, basis: MonetaryBasis): Float64Array {
	if (basis === 'average') return measures.averageOrderValue;
	const values = new Float64Array(measures.netValue.length);
	for (let i = 0; i < values.length; i++) {
		values[i] = measures.orders[i] > 0 ? measures.netValue[i] : NaN;
	}
	return values;
}

/** The 20/40/60/80 % quantiles of the finite values (where `include` is set). */
export function quintileCuts(values: ArrayLike<number>, include?: ArrayLike<number>): number[] {
	return quantiles(values, QUINTILE_PROBABILITIES, include);
}

/** Typed cut points checked (four finite numbers) and put in ascending order. */
export function checkCuts(cuts: readonly number[], measure: string): number[] {
	if (cuts.length !== 4 || !cuts.every(Number.isFinite)) {
		throw new RangeError(`${measure} needs four finite cut points, got [${cuts.join(', ')}]`);
	}
	return [...cuts].sort((a, b) => a - b);
}

/** F or M score of a value: 1 + the number of cut points strictly below it (1–5). */
export function ascendingScore(value: number, cuts: readonly number[]): number {
	return 1 + countBelow(cuts, value);
}

/** R score of a recency in days: 5 − the number of cut points strictly below it (recent = 5). */
export function recencyScore(recencyDays: number, cuts: readonly number[]): number {
	return 5 - countBelow(cuts, recencyDays);
}

/** One value for each of R, F and M. */
export interface PerMeasure<T> {
	recency: T;
	frequency: T;
	monetary: T;
}

/**
 * The purchasers (the customers an RFM scheme scores), the monetary values on `basis`, and
 * `statistic` of recency, frequency and monetary value over the purchasers.
 */
export function rfmOverPurchasers<T>(
	measures: CustomerMeasures,
	basis: MonetaryBasis,
	statistic: (values: ArrayLike<number>, include: ArrayLike<number>) => T
): { scored: Uint8Array; monetary: Float64Array; per: PerMeasure<T> } {
	const scored = purchaserMask(measures);
	const monetary = monetaryValues(measures, basis);
	const per = {
		recency: statistic(measures.recencyDays, scored),
		frequency: statistic(measures.orders, scored),
		monetary: statistic(monetary, scored)
	};
	return { scored, monetary, per };
}

/** RFM scores of every customer with the settings' monetary basis and any typed cut points. */
export function rfmScores(
	measures: CustomerMeasures,
	settings: RfmSettings = DEFAULT_RFM_SETTINGS
): RfmScores {
	const over = rfmOverPurchasers(measures, settings.monetary, quintileCuts);
	const { scored, monetary } = over;
	const dataCuts: RfmCuts = over.per;
	const typed = settings.cuts;
	const cuts: RfmCuts = {
		recency: typed.recency ? checkCuts(typed.recency, 'recency') : dataCuts.recency,
		frequency: typed.frequency ? checkCuts(typed.frequency, 'frequency') : dataCuts.frequency,
		monetary: typed.monetary ? checkCuts(typed.monetary, 'monetary') : dataCuts.monetary
	};
	const n = measures.customerIds.length;
	const r = new Uint8Array(n);
	const f = new Uint8Array(n);
	const m = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (!scored[i]) continue;
		r[i] = recencyScore(measures.recencyDays[i], cuts.recency);
		f[i] = ascendingScore(measures.orders[i], cuts.frequency);
		m[i] = ascendingScore(monetary[i], cuts.monetary);
	}
	return {
		recency: r,
		frequency: f,
		monetary: m,
		cuts,
		dataCuts,
		monetaryBasis: settings.monetary
	};
}
