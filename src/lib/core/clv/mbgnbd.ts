/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison
 * of models for customer base analysis", IJRM 24(3)): BG/NBD with one change — a customer can
 * also drop out right after the first purchase, not only after repeats. A one-time buyer is
 * therefore not "alive" by construction, which is BG/NBD's best-known failure (P(alive) = 1
 * for everyone without a repeat). The purchase rate λ ~ Gamma(r, α), the dropout probability
 * p ~ Beta(a, b); same parameters as BG/NBD. Likelihood and fit here; predictions in
 * `mbgnbd-predict.ts`.
 */

import type { BgNbdParams, PreparedData, RfmData } from './bgnbd';
import { prepare } from './bgnbd';
import { fitModel, type ModelSpec } from './fit-model';
import type { FitResult } from './fitting';
import { digamma, logGamma } from './special';

/** Same four parameters as BG/NBD (r, α for purchases; a, b for dropout). */
export type MbgNbdParams = BgNbdParams;

/**
 * Total log-likelihood and its gradient with respect to (r, α, a, b). Per customer
 * L = Γ(r+x) α^r / Γ(r) · B(a, b+x+1) / B(a, b) · [(α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x)],
 * the second term present for x = 0 too (dropout at the first purchase); log-sum-exp for the sum.
 */
function evaluate(params: MbgNbdParams, data: PreparedData, gradient: Float64Array): number {
	const { r, alpha, a, b } = params;
	const logAlpha = Math.log(alpha);
	const logA = Math.log(a);
	const logGammaR = logGamma(r);
	const logGammaB = logGamma(b);
	const logGammaAB = logGamma(a + b);
	const psiR = digamma(r);
	const psiB = digamma(b);
	const psiAB = digamma(a + b);
	let logLik = 0;
	let dR = 0;
	let dAlpha = 0;
	let dA = 0;
	let dB = 0;
	const distinctCount = data.distinctX.length;
	const logBx = new Float64Array(distinctCount);
	for (let k = 0; k < distinctCount; k++) {
		const x = data.distinctX[k];
		const w = data.distinctWeight[k];
		logBx[k] = Math.log(b + x);
		logLik +=
			w *
			(logGamma(r + x) -
				logGammaR +
				r * logAlpha +
				logGammaAB +
				logGamma(b + x + 1) -
				logGammaB -
				logGamma(a + b + x + 1));
		dR += w * (digamma(r + x) - psiR + logAlpha);
		dAlpha += (w * r) / alpha;
		const psiABX = digamma(a + b + x + 1);
		dA += w * (psiAB - psiABX);
		dB += w * (psiAB + digamma(b + x + 1) - psiB - psiABX);
	}
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
		const logAge = logTime[data.ageIndex[i]];
		const logRecency = logTime[data.recencyIndex[i]];
		const log3 = -shape * logAge;
		const log4 = logA - logBx[data.xIndex[i]] - shape * logRecency;
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
		dR -= w * (share3 * logAge + share4 * logRecency);
		dAlpha -=
			w *
			shape *
			(share3 * inverseTime[data.ageIndex[i]] + share4 * inverseTime[data.recencyIndex[i]]);
		dA += (w * share4) / a;
		dB -= (w * share4) / (b + x);
	}
	gradient[0] = dR;
	gradient[1] = dAlpha;
	gradient[2] = dA;
	gradient[3] = dB;
	return logLik;
}

/** Total MBG/NBD log-likelihood of the data (invalid rows are skipped). */
export function mbgNbdLogLikelihood(params: MbgNbdParams, data: RfmData): number {
	return evaluate(params, prepare(data), new Float64Array(4));
}

/** Gradient of the total log-likelihood with respect to [r, α, a, b]. */
export function mbgNbdGradient(params: MbgNbdParams, data: RfmData): Float64Array {
	const gradient = new Float64Array(4);
	evaluate(params, prepare(data), gradient);
	return gradient;
}

const SPEC: ModelSpec<MbgNbdParams> = {
	evaluate,
	fromLog: (p) => ({
		r: Math.exp(p[0]),
		alpha: Math.exp(p[1]),
		a: Math.exp(p[2]),
		b: Math.exp(p[3])
	}),
	values: (p) => [p.r, p.alpha, p.a, p.b],
	none: { r: NaN, alpha: NaN, a: NaN, b: NaN },
	logScale: (timeScale) => [0, Math.log(timeScale), 0, 0],
	starts: [
		[1, 1, 1, 3],
		[0.3, 0.3, 0.5, 1],
		[3, 3, 2, 8]
	]
};

/** Maximum-likelihood MBG/NBD parameters (same starts and bounds as `fitBgNbd`). */
export function fitMbgNbd(data: RfmData): FitResult<MbgNbdParams> {
	return fitModel(SPEC, prepare(data));
}
