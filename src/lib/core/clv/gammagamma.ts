/**
 * The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma Model of
 * Monetary Value"): a customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across
 * customers (γ is `v` here, as in lifetimes). Fitted on customers with at least one repeat
 * transaction, from the mean value m of their x repeat transactions.
 */

import { digamma, logGamma } from './special';
import { minimizeFromStarts, type FitResult } from './fitting';

export interface GammaGammaParams {
	/** Shape of the transaction values around a customer's mean. */
	p: number;
	/** Shape and scale (currency) of the distribution of customers' rates ν. */
	q: number;
	v: number;
}

/** Per customer: x repeat transactions with mean value m (currency). */
export interface SpendData {
	count: ArrayLike<number>;
	mean: ArrayLike<number>;
}

interface PreparedSpend {
	count: Float64Array;
	mean: Float64Array;
	/** ln m and ln x per customer. */
	logMean: Float64Array;
	logCount: Float64Array;
	/** Distinct counts x and how many customers have each: the Γ terms depend on x only. */
	distinctCount: Float64Array;
	customersWithCount: Float64Array;
}

/** Customers the model can use: at least one repeat, a positive finite mean. */
function prepare(data: SpendData): PreparedSpend {
	const rows: number[] = [];
	const customersWithCount = new Map<number, number>();
	for (let i = 0; i < data.count.length; i++) {
		const x = data.count[i];
		const m = data.mean[i];
		if (x >= 1 && x < Infinity && m > 0 && m < Infinity) {
			rows.push(i);
			customersWithCount.set(x, (customersWithCount.get(x) ?? 0) + 1);
		}
	}
	const count = Float64Array.from(rows, (i) => data.count[i]);
	const mean = Float64Array.from(rows, (i) => data.mean[i]);
	return {
		count,
		mean,
		logMean: mean.map(Math.log),
		logCount: count.map(Math.log),
		distinctCount: Float64Array.from(customersWithCount.keys()),
		customersWithCount: Float64Array.from(customersWithCount.values())
	};
}

/**
 * Total log-likelihood (density of the observed means) and its gradient in (p, q, v):
 * ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(v + xm).
 */
function evaluate(params: GammaGammaParams, data: PreparedSpend, gradient: Float64Array): number {
	const { p, q, v } = params;
	const logV = Math.log(v);
	const logGammaQ = logGamma(q);
	const psiQ = digamma(q);
	let logLik = 0;
	let dP = 0;
	let dQ = 0;
	let dV = 0;
	for (let k = 0; k < data.distinctCount.length; k++) {
		const x = data.distinctCount[k];
		const customers = data.customersWithCount[k];
		const px = p * x;
		const psiPxq = digamma(px + q);
		logLik += customers * (logGamma(px + q) - logGamma(px) - logGammaQ + q * logV);
		dP += customers * x * (psiPxq - digamma(px));
		dQ += customers * (psiPxq - psiQ + logV);
		dV += (customers * q) / v;
	}
	for (let i = 0; i < data.count.length; i++) {
		const x = data.count[i];
		const px = p * x;
		const sum = v + x * data.mean[i];
		const logSum = Math.log(sum);
		logLik += (px - 1) * data.logMean[i] + px * data.logCount[i] - (px + q) * logSum;
		dP += x * (data.logMean[i] + data.logCount[i] - logSum);
		dQ -= logSum;
		dV -= (px + q) / sum;
	}
	gradient[0] = dP;
	gradient[1] = dQ;
	gradient[2] = dV;
	return logLik;
}

/** Total Gamma-Gamma log-likelihood of the customers the model can use. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
	return evaluate(params, prepare(data), new Float64Array(3));
}

/** Gradient of the total log-likelihood with respect to [p, q, v]. */
export function gammaGammaGradient(params: GammaGammaParams, data: SpendData): Float64Array {
	const gradient = new Float64Array(3);
	evaluate(params, prepare(data), gradient);
	return gradient;
}

/** Fewer customers than this cannot identify three parameters. */
const MIN_CUSTOMERS = 3;

const NO_PARAMS: GammaGammaParams = { p: NaN, q: NaN, v: NaN };

/**
 * Maximum-likelihood Gamma-Gamma parameters from three starting points in log space. Converged
 * fits with q ≤ 1 are reported as not converged ('mean-spend-undefined'): the population mean
 * spend p·v/(q − 1) the customers without repeats receive would be infinite.
 */
export function fitGammaGamma(data: SpendData): FitResult<GammaGammaParams> {
	const prepared = prepare(data);
	const n = prepared.count.length;
	if (n < MIN_CUSTOMERS) {
		return {
			params: NO_PARAMS,
			logLikelihood: NaN,
			converged: false,
			reason: n === 0 ? 'no-repeat-customers' : 'too-few-customers',
			iterations: 0
		};
	}
	let meanSpend = 0;
	for (let i = 0; i < n; i++) meanSpend += prepared.mean[i] / n;
	const logScale = [0, 0, Math.log(meanSpend)];
	// Each start has p·v/(q − 1) equal to the observed mean spend.
	const starts = [
		[1, 3, 2],
		[5, 3, 0.4],
		[0.5, 1.5, 1]
	].map(([p, q, share]) => [Math.log(p), Math.log(q), Math.log(share * meanSpend)]);
	const gradient = new Float64Array(3);
	const objective = (logParams: Float64Array, out: Float64Array) => {
		const params = paramsFromLog(logParams);
		const value = evaluate(params, prepared, gradient);
		const values = [params.p, params.q, params.v];
		for (let k = 0; k < 3; k++) out[k] = (-gradient[k] * values[k]) / n;
		return -value / n;
	};
	const best = minimizeFromStarts(objective, logScale, starts);
	const params = paramsFromLog(best.logParams);
	const meanDefined = params.q > 1;
	return {
		params,
		logLikelihood: -best.value * n,
		converged: best.converged && meanDefined,
		reason: best.converged && !meanDefined ? 'mean-spend-undefined' : best.reason,
		iterations: best.iterations
	};
}

function paramsFromLog(logParams: ArrayLike<number>): GammaGammaParams {
	return { p: Math.exp(logParams[0]), q: Math.exp(logParams[1]), v: Math.exp(logParams[2]) };
}

/** Population mean spend per transaction p·v / (q − 1); NaN when q ≤ 1. */
export function populationMeanSpend(params: GammaGammaParams): number {
	return params.q > 1 ? (params.p * params.v) / (params.q - 1) : NaN;
}

/**
 * Expected mean spend per transaction of a customer with x repeat transactions of mean m:
 * p(v + x m) / (p x + q − 1), a weighted average of the population mean and m. Without usable
 * repeats (x = 0 or m not positive) it is the population mean.
 */
export function expectedSpend(params: GammaGammaParams, count: number, mean: number): number {
	if (!(count >= 1 && mean > 0 && mean < Infinity)) return populationMeanSpend(params);
	const { p, q, v } = params;
	return (p * (v + count * mean)) / (p * count + q - 1);
}
