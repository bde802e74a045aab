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
import { evaluateBgFamily, prepare } from './bgnbd';
import { fitModel, likelihoodOf, rAlphaABSpec } from './fit-model';
import type { FitResult } from './fitting';

/** Same four parameters as BG/NBD (r, α for purchases; a, b for dropout). */
export type MbgNbdParams = BgNbdParams;

/** The BG/NBD likelihood with dropout possible after the first purchase too (`bgnbd.ts`). */
const evaluate = (params: MbgNbdParams, data: PreparedData, gradient: Float64Array) =>
	evaluateBgFamily(params, data, gradient, 1);

const LIKELIHOOD = likelihoodOf(evaluate, prepare, 4);

/** Total MBG/NBD log-likelihood of the data (invalid rows are skipped). */
export const mbgNbdLogLikelihood = LIKELIHOOD.logLikelihood;

/** Gradient of the total log-likelihood with respect to [r, α, a, b]. */
export const mbgNbdGradient = LIKELIHOOD.gradient;

const SPEC = rAlphaABSpec(evaluate);

/** Maximum-likelihood MBG/NBD parameters (same starts and bounds as `fitBgNbd`). */
export function fitMbgNbd(data: RfmData): FitResult<MbgNbdParams> {
	return fitModel(SPEC, prepare(data));
}
