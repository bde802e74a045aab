/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while
 * alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase
 * they drop out with probability p ~ Beta(a, b). Likelihood and maximum-likelihood fit here;
 * predictions in `bgnbd-predict.ts`.
 */

import { digamma, logGamma } from './special';
import { fitModel, likelihoodOf, rAlphaABSpec } from './fit-model';
import type { FitResult } from './fitting';

export interface BgNbdParams {
	/** Shape of the purchase-rate distribution. */
	r: number;
	/** Scale of the purchase-rate distribution, in model time units. */
	alpha: number;
	/** Beta parameters of the dropout probability after each purchase. */
	a: number;
	b: number;
}

/**
 * Per-customer (or per-group) sufficient statistics, all times in model units: frequency x =
 * repeat transactions, recency t_x = time from first to last transaction, age T = time from
 * first transaction to the calibration end. `weight` counts identical customers (default 1).
 */
export interface RfmData {
	frequency: ArrayLike<number>;
	recency: ArrayLike<number>;
	age: ArrayLike<number>;
	weight?: ArrayLike<number>;
}

/** The data in the form the likelihood loops over: valid rows only, distinct x tabulated. */
export interface PreparedData {
	x: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	weight: Float64Array;
	/** Index of each row's x in `distinctX`. */
	xIndex: Uint32Array;
	distinctX: Float64Array;
	/** Total weight of the rows with each distinct x. */
	distinctWeight: Float64Array;
	totalWeight: number;
	/** Distinct values of t_x and T, and each row's index into them: ln(α + t) once per value. */
	distinctTime: Float64Array;
	recencyIndex: Uint32Array;
	ageIndex: Uint32Array;
}

/** A row the model can use: whole x ≥ 0, 0 ≤ t_x ≤ T, positive weight, all finite. */
function isValidRow(x: number, recency: number, age: number, weight: number): boolean {
	const times = recency >= 0 && recency <= age && age < Infinity;
	return Number.isInteger(x) && x >= 0 && times && weight > 0 && weight < Infinity;
}

/** Valid rows of the data, with distinct x and times tabulated (shared by the three models). */
export function prepare(data: RfmData): PreparedData {
	const n = data.frequency.length;
	const rows: number[] = [];
	for (let i = 0; i < n; i++) {
		const weight = data.weight ? data.weight[i] : 1;
		if (isValidRow(data.frequency[i], data.recency[i], data.age[i], weight)) rows.push(i);
	}
	const m = rows.length;
	const prepared = {
		x: new Float64Array(m),
		recency: new Float64Array(m),
		age: new Float64Array(m),
		weight: new Float64Array(m),
		xIndex: new Uint32Array(m)
	};
	const indexOfX = new Map<number, number>();
	const distinctX: number[] = [];
	const distinctWeight: number[] = [];
	const indexOfTime = new Map<number, number>();
	const timeIndex = (time: number) => {
		let index = indexOfTime.get(time);
		if (index === undefined) {
			index = indexOfTime.size;
			indexOfTime.set(time, index);
		}
		return index;
	};
	const recencyIndex = new Uint32Array(m);
	const ageIndex = new Uint32Array(m);
	let totalWeight = 0;
	rows.forEach((row, i) => {
		const x = data.frequency[row];
		const weight = data.weight ? data.weight[row] : 1;
		prepared.x[i] = x;
		prepared.recency[i] = data.recency[row];
		prepared.age[i] = data.age[row];
		prepared.weight[i] = weight;
		let index = indexOfX.get(x);
		if (index === undefined) {
			index = distinctX.length;
			indexOfX.set(x, index);
			distinctX.push(x);
			distinctWeight.push(0);
		}
		prepared.xIndex[i] = index;
		distinctWeight[index] += weight;
		totalWeight += weight;
		recencyIndex[i] = timeIndex(prepared.recency[i]);
		ageIndex[i] = timeIndex(prepared.age[i]);
	});
	return {
		...prepared,
		distinctX: Float64Array.from(distinctX),
		distinctWeight: Float64Array.from(distinctWeight),
		totalWeight,
		distinctTime: Float64Array.from(indexOfTime.keys()),
		recencyIndex,
		ageIndex
	};
}

/**
 * Total log-likelihood and its gradient with respect to (r, α, a, b), written into `gradient`,
 * of BG/NBD (`shift` 0) or MBG/NBD (`shift` 1, where a customer may also drop out right after
 * the first purchase). Per customer ln L = ln A1 + ln A2 + ln(A3 + A4) with
 * A1 = Γ(r+x) α^r / Γ(r), A2 = Γ(a+b) Γ(b+x+shift) / (Γ(b) Γ(a+b+x+shift)), A3 = (α+T)^−(r+x),
 * A4 = a / (b+x−1+shift) · (α+t_x)^−(r+x) — present for x > 0, and for x = 0 too under MBG/NBD;
 * the sum A3 + A4 is taken by log-sum-exp.
 */
export function evaluateBgFamily(
	params: BgNbdParams,
	data: PreparedData,
	gradient: Float64Array,
	shift: 0 | 1
): number {
	const { r, alpha, a, b } = params;
	const logAlpha = Math.log(alpha);
	const logA = Math.log(a);
	const base = {
		logGammaR: logGamma(r),
		logGammaB: logGamma(b),
		logGammaAB: logGamma(a + b),
		psiR: digamma(r),
		psiB: digamma(b),
		psiAB: digamma(a + b)
	};
	let logLik = 0;
	let dR = 0;
	let dAlpha = 0;
	let dA = 0;
	let dB = 0;
	// ln A1 and ln A2 depend on x only: once per distinct x, times the weight of its rows.
	const distinctCount = data.distinctX.length;
	const logDropout = new Float64Array(distinctCount);
	const inverseDropout = new Float64Array(distinctCount);
	for (let k = 0; k < distinctCount; k++) {
		const x = data.distinctX[k];
		const w = data.distinctWeight[k];
		const hasDropout = x > 0 || shift === 1;
		logDropout[k] = hasDropout ? Math.log(b + x - 1 + shift) : 0;
		inverseDropout[k] = hasDropout ? 1 / (b + x - 1 + shift) : 0;
		logLik +=
			w *
			(logGamma(r + x) -
				base.logGammaR +
				r * logAlpha +
				base.logGammaAB +
				logGamma(b + x + shift) -
				base.logGammaB -
				logGamma(a + b + x + shift));
		dR += w * (digamma(r + x) - base.psiR + logAlpha);
		dAlpha += (w * r) / alpha;
		const psiABX = digamma(a + b + x + shift);
		dA += w * (base.psiAB - psiABX);
		dB += w * (base.psiAB + digamma(b + x + shift) - base.psiB - psiABX);
	}
	// ln(α + t) and 1 / (α + t) per distinct time.
	const times = data.distinctTime.length;
	const logTime = new Float64Array(times);
	const inverseTime = new Float64Array(times);
	for (let k = 0; k < times; k++) {
		logTime[k] = Math.log(alpha + data.distinctTime[k]);
		inverseTime[k] = 1 / (alpha + data.distinctTime[k]);
	}
	for (let i = 0; i < data.x.length; i++) {
		const x = data.x[i];
		const w = data.weight[i];
		const shape = r + x;
		const logAgeTerm = logTime[data.ageIndex[i]];
		const inverseAge = inverseTime[data.ageIndex[i]];
		const log3 = -shape * logAgeTerm;
		if (x === 0 && shift === 0) {
			logLik += w * log3;
			dR -= w * logAgeTerm;
			dAlpha -= w * shape * inverseAge;
			continue;
		}
		const logRecencyTerm = logTime[data.recencyIndex[i]];
		const log4 = logA - logDropout[data.xIndex[i]] - shape * logRecencyTerm;
		// Weights of A3 and A4 in their sum, from one exp.
		let share4: number;
		let logSum: number;
		if (log3 >= log4) {
			const e = Math.exp(log4 - log3);
			share4 = e / (1 + e);
			logSum = log3 + Math.log1p(e);
		} else {
			const e = Math.exp(log3 - log4);
			share4 = 1 / (1 + e);
			logSum = log4 + Math.log1p(e);
		}
		const share3 = 1 - share4;
		logLik += w * logSum;
		dR -= w * (share3 * logAgeTerm + share4 * logRecencyTerm);
		dAlpha -= w * shape * (share3 * inverseAge + share4 * inverseTime[data.recencyIndex[i]]);
		dA += (w * share4) / a;
		dB -= w * share4 * inverseDropout[data.xIndex[i]];
	}
	gradient[0] = dR;
	gradient[1] = dAlpha;
	gradient[2] = dA;
	gradient[3] = dB;
	return logLik;
}

const evaluate = (params: BgNbdParams, data: PreparedData, gradient: Float64Array) =>
	evaluateBgFamily(params, data, gradient, 0);

const LIKELIHOOD = likelihoodOf(evaluate, prepare, 4);

/** Total BG/NBD log-likelihood of the data (invalid rows are skipped). */
export const bgNbdLogLikelihood = LIKELIHOOD.logLikelihood;

/** Gradient of the total log-likelihood with respect to [r, α, a, b]. */
export const bgNbdGradient = LIKELIHOOD.gradient;

const SPEC = rAlphaABSpec(evaluate);

/**
 * Maximum-likelihood BG/NBD parameters, from three starting points, in log-parameter space.
 * Never throws: data that cannot identify the model give `converged: false` and a reason.
 */
export function fitBgNbd(data: RfmData): FitResult<BgNbdParams> {
	return fitModel(SPEC, prepare(data));
}
