/**
 * The three buy-till-you-die models behind one interface, so the back-test, the predicted
 * fields and the CLI treat them alike: BG/NBD (today's default), MBG/NBD and Pareto/NBD.
 * Every conditional expectation factors as numerator(t, x, T) · P(alive | x, t_x, T), and every
 * likelihood as a part that does not depend on the calibration end times a "kernel" of
 * (x, t_x, T) — the kernel gives the churn risk in closed form (`churn.ts`).
 */

import type { BgNbdParams, RfmData } from './bgnbd';
import { bgNbdLogLikelihood, fitBgNbd } from './bgnbd';
import { conditionalNumerator, expectedTransactions, probabilityAlive } from './bgnbd-predict';
import type { FitResult } from './fitting';
import { fitMbgNbd, mbgNbdLogLikelihood } from './mbgnbd';
import {
	mbgConditionalNumerator,
	mbgExpectedTransactions,
	mbgProbabilityAlive
} from './mbgnbd-predict';
import {
	fitParetoNbd,
	logAdd,
	logBracket,
	paretoNbdLogLikelihood,
	type ParetoNbdParams
} from './pnbd';
import {
	pnbdConditionalNumerator,
	pnbdExpectedTransactions,
	pnbdProbabilityAlive
} from './pnbd-predict';

export const CLV_MODEL_NAMES = ['bgnbd', 'mbgnbd', 'pnbd'] as const;
export type ClvModelName = (typeof CLV_MODEL_NAMES)[number];

/** Parameters of any of the three models (BG/NBD and MBG/NBD share r, α, a, b). */
export type ModelParams = BgNbdParams | ParetoNbdParams;

export interface ClvModel<P = ModelParams> {
	name: ClvModelName;
	/** Parameter names in the literature's order, as the CLI's JSON prints them. */
	parameterNames: readonly string[];
	fit(data: RfmData): FitResult<P>;
	logLikelihood(params: P, data: RfmData): number;
	probabilityAlive(params: P, frequency: number, recency: number, age: number): number;
	/** E[Y(horizon) | x, t_x, T] / P(alive | x, t_x, T): depends on x and T only. */
	conditionalNumerator(params: P, horizon: number, frequency: number, age: number): number;
	/** E[X(t)]: repeat transactions of a new customer in their first t units. */
	expectedTransactions(params: P, time: number): number;
	/**
	 * ln of the part of the likelihood that depends on T (up to a factor of x alone):
	 * L(x, t_x, T + w) / L(x, t_x, T) is the probability of no purchase in the next w units.
	 * Must accept T = Infinity (the probability of never buying again).
	 */
	logKernel(params: P, frequency: number, recency: number, age: number): number;
	/** The time scale of the purchase process (α), for quadrature substitutions. */
	timeScale(params: P): number;
}

/** BG/NBD kernel: (α+T)^−(r+x) + [x > 0] a/(b+x−1) · (α+t_x)^−(r+x). */
function bgKernel(p: BgNbdParams, x: number, recency: number, age: number): number {
	const alive = -(p.r + x) * Math.log(p.alpha + age);
	if (x === 0) return alive;
	return logAdd(
		alive,
		Math.log(p.a) - Math.log(p.b + x - 1) - (p.r + x) * Math.log(p.alpha + recency)
	);
}

/** MBG/NBD kernel: (α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x), for every x. */
function mbgKernel(p: BgNbdParams, x: number, recency: number, age: number): number {
	const alive = -(p.r + x) * Math.log(p.alpha + age);
	return logAdd(alive, Math.log(p.a) - Math.log(p.b + x) - (p.r + x) * Math.log(p.alpha + recency));
}

/** BG/NBD and MBG/NBD share parameters, α as time scale and the literature's order. */
function rAlphaABModel(
	name: 'bgnbd' | 'mbgnbd',
	functions: Omit<ClvModel<BgNbdParams>, 'name' | 'parameterNames' | 'timeScale'>
): ClvModel<BgNbdParams> {
	return {
		name,
		parameterNames: ['r', 'alpha', 'a', 'b'],
		timeScale: (p) => p.alpha,
		...functions
	};
}

const BG_NBD = rAlphaABModel('bgnbd', {
	fit: fitBgNbd,
	logLikelihood: bgNbdLogLikelihood,
	probabilityAlive,
	conditionalNumerator,
	expectedTransactions,
	logKernel: bgKernel
});

const MBG_NBD = rAlphaABModel('mbgnbd', {
	fit: fitMbgNbd,
	logLikelihood: mbgNbdLogLikelihood,
	probabilityAlive: mbgProbabilityAlive,
	conditionalNumerator: mbgConditionalNumerator,
	expectedTransactions: mbgExpectedTransactions,
	logKernel: mbgKernel
});

const PARETO_NBD: ClvModel<ParetoNbdParams> = {
	name: 'pnbd',
	parameterNames: ['r', 'alpha', 's', 'beta'],
	fit: fitParetoNbd,
	logLikelihood: paretoNbdLogLikelihood,
	probabilityAlive: pnbdProbabilityAlive,
	conditionalNumerator: pnbdConditionalNumerator,
	expectedTransactions: pnbdExpectedTransactions,
	logKernel: (p, x, recency, age) => logBracket(p, x, recency, age),
	timeScale: (p) => p.alpha
};

/** The models by name. Each one's functions take that model's parameters. */
export const CLV_MODELS = {
	bgnbd: BG_NBD,
	mbgnbd: MBG_NBD,
	pnbd: PARETO_NBD
} as const;

/** The model of a name, typed for parameters of any model (the caller pairs them right). */
export function clvModel(name: ClvModelName): ClvModel {
	return CLV_MODELS[name] as unknown as ClvModel;
}

/** A model's parameters as a plain record in the literature's order (for JSON and reports). */
export function namedParameters(name: ClvModelName, params: ModelParams): Record<string, number> {
	const record = params as unknown as Record<string, number>;
	return Object.fromEntries(CLV_MODELS[name].parameterNames.map((key) => [key, record[key]]));
}

/** E[Y(horizon) | x, t_x, T] under any model: numerator(horizon, x, T) · P(alive | x, t_x, T). */
export function conditionalExpectation(
	model: ClvModel,
	params: ModelParams,
	horizon: number,
	frequency: number,
	recency: number,
	age: number
): number {
	return (
		model.conditionalNumerator(params, horizon, frequency, age) *
		model.probabilityAlive(params, frequency, recency, age)
	);
}
