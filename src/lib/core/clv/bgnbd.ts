/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while
 * alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase
 * they drop out with probability p ~ Beta(a, b). Likelihood and maximum-likelihood fit here;
 * predictions in `bgnbd-predict.ts`.
 */

import { digamma, logGamma } from './special';
import { minimizeFromStarts, type FitResult } from './fitting';

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
 * Total log-likelihood and its gradient with respect to (r, α, a, b), written into `gradient`.
 * Per customer ln L = ln A1 + ln A2 + ln(A3 + [x > 0] A4) with
 * A1 = Γ(r+x) α^r / Γ(r), A2 = Γ(a+b) Γ(b+x) / (Γ(b) Γ(a+b+x)), A3 = (α+T)^−(r+x),
 * A4 = a / (b+x−1) · (α+t_x)^−(r+x); the sum A3 + A4 is taken by log-sum-exp.
 */
function evaluate(params: BgNbdParams, data: PreparedData, gradient: Float64Array): number {
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
	const logBx1 = new Float64Array(distinctCount);
	const inverseBx1 = new Float64Array(distinctCount);
	for (let k = 0; k < distinctCount; k++) {
		const x = data.distinctX[k];
		const w = data.distinctWeight[k];
		logBx1[k] = x > 0 ? Math.log(b + x - 1) : 0;
		inverseBx1[k] = x > 0 ? 1 / (b + x - 1) : 0;
		logLik +=
			w *
			(logGamma(r + x) -
				base.logGammaR +
				r * logAlpha +
				base.logGammaAB +
				logGamma(b + x) -
				base.logGammaB -
				logGamma(a + b + x));
		dR += w * (digamma(r + x) - base.psiR + logAlpha);
		dAlpha += (w * r) / alpha;
		const psiABX = digamma(a + b + x);
		dA += w * (base.psiAB - psiABX);
		dB += w * (base.psiAB + digamma(b + x) - base.psiB - psiABX);
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
		if (x === 0) {
			logLik += w * log3;
			dR -= w * logAgeTerm;
			dAlpha -= w * shape * inverseAge;
			continue;
		}
		const logRecencyTerm = logTime[data.recencyIndex[i]];
		const log4 = logA - logBx1[data.xIndex[i]] - shape * logRecencyTerm;
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
		dB -= w * share4 * inverseBx1[data.xIndex[i]];
	}
	gradient[0] = dR;
	gradient[1] = dAlpha;
	gradient[2] = dA;
	gradient[3] = dB;
	return logLik;
}

/** Total BG/NBD log-likelihood of the data (invalid rows are skipped). */
export function bgNbdLogLikelihood(params: BgNbdParams, data: RfmData): number {
	return evaluate(params, prepare(data), new Float64Array(4));
}

/** Gradient of the total log-likelihood with respect to [r, α, a, b]. */
export function bgNbdGradient(params: BgNbdParams, data: RfmData): Float64Array {
	const gradient = new Float64Array(4);
	evaluate(params, prepare(data), gradient);
	return gradient;
}

function paramsFromLog(logParams: ArrayLike<number>): BgNbdParams {
	return {
		r: Math.exp(logParams[0]),
		alpha: Math.exp(logParams[1]),
		a: Math.exp(logParams[2]),
		b: Math.exp(logParams[3])
	};
}

const NO_PARAMS: BgNbdParams = { r: NaN, alpha: NaN, a: NaN, b: NaN };

/**
 * Maximum-likelihood BG/NBD parameters, from three starting points, in log-parameter space.
 * Never throws: data that cannot identify the model give `converged: false` and a reason.
 */
export function fitBgNbd(data: RfmData): FitResult<BgNbdParams> {
	const prepared = prepare(data);
	const failed = (reason: 'no-customers' | 'no-repeat-customers'): FitResult<BgNbdParams> => ({
		params: NO_PARAMS,
		logLikelihood: NaN,
		converged: false,
		reason,
		iterations: 0
	});
	if (prepared.totalWeight === 0) return failed('no-customers');
	let repeatWeight = 0;
	let weightedAge = 0;
	for (let i = 0; i < prepared.x.length; i++) {
		repeatWeight += prepared.weight[i] * prepared.x[i];
		weightedAge += prepared.weight[i] * prepared.age[i];
	}
	if (repeatWeight === 0) return failed('no-repeat-customers');
	// Mean time between repeat purchases: sets the scale of α so starts and bounds fit any unit.
	const timeScale = Math.max(weightedAge / repeatWeight, 1e-9);
	const logScale = [0, Math.log(timeScale), 0, 0];
	const starts = [
		[1, 1, 1, 3],
		[0.3, 0.3, 0.5, 1],
		[3, 3, 2, 8]
	].map(([r, alphaFactor, a, b]) => [
		Math.log(r),
		Math.log(alphaFactor * timeScale),
		Math.log(a),
		Math.log(b)
	]);
	const gradient = new Float64Array(4);
	const scale = 1 / prepared.totalWeight;
	const objective = (logParams: Float64Array, out: Float64Array) => {
		const params = paramsFromLog(logParams);
		const value = evaluate(params, prepared, gradient);
		const values = [params.r, params.alpha, params.a, params.b];
		for (let k = 0; k < 4; k++) out[k] = -gradient[k] * values[k] * scale;
		return -value * scale;
	};
	const best = minimizeFromStarts(objective, logScale, starts);
	return {
		params: paramsFromLog(best.logParams),
		logLikelihood: -best.value * prepared.totalWeight,
		converged: best.converged,
		reason: best.reason,
		iterations: best.iterations
	};
}
