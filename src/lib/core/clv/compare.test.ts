import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd';
import { chooseModel, compareModels, type ModelEvaluation } from './compare';
import { groupSummary, summarizeOrders } from './summary';
import { bgConditionalDirect } from './testing/bg-direct';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END } from './testing/published';

describe('model comparison on the CDNOW hold-out (39 + 39 weeks)', { timeout: 60_000 }, () => {
	const prepared = summarizeOrders(readCdnowSample(), {
		calibrationEnd: CDNOW_CALIBRATION_END,
		unit: 'week',
		holdoutEnd: CDNOW_HOLDOUT_END
	});
	const groups = groupSummary(prepared.summary);
	const result = compareModels({ ...prepared, groups, holdoutEnd: CDNOW_HOLDOUT_END });

	it('evaluates all three on the same 1,882 hold-out transactions', () => {
		expect(result.evaluations.map((e) => e.model)).toEqual(['bgnbd', 'mbgnbd', 'pnbd']);
		for (const e of result.evaluations) {
			expect(e.actualTotal).toBe(1882);
			expect(e.degeneracy.usable).toBe(true);
			expect(e.backtest?.byFrequency).toHaveLength(8);
			// The by-frequency means add up to the per-customer total.
			const total = e.backtest!.byFrequency.reduce(
				(sum, bin) => sum + bin.predicted * bin.customers,
				0
			);
			expect(total).toBeCloseTo(e.predictedTotal, 6);
		}
	});

	it('computes the per-customer error as an independent evaluation does', () => {
		const bg = result.evaluations[0];
		const { summary, holdout } = prepared;
		let error = 0;
		for (let c = 0; c < summary.customerIds.length; c++) {
			const predicted = bgConditionalDirect(
				bg.fit.params as BgNbdParams,
				39,
				summary.frequency[c],
				summary.recency[c],
				summary.age[c]
			);
			error += Math.abs(predicted - holdout[c]);
		}
		expect(bg.meanAbsoluteError).toBeCloseTo(error / summary.customerIds.length, 9);
	});

	it('chooses Pareto/NBD by the lowest per-customer error and says so', () => {
		const errors = Object.fromEntries(
			result.evaluations.map((e) => [e.model, e.meanAbsoluteError])
		);
		expect(errors.pnbd).toBeLessThan(errors.mbgnbd);
		expect(errors.mbgnbd).toBeLessThan(errors.bgnbd);
		expect(result.choice).toMatchObject({
			model: 'pnbd',
			reason: 'lowest-error',
			runnerUp: 'mbgnbd',
			excluded: []
		});
		expect(result.choice.error).toBe(errors.pnbd);
		expect(result.choice.runnerUpError).toBe(errors.mbgnbd);
	});
});

describe('chooseModel', () => {
	const evaluation = (
		model: ModelEvaluation['model'],
		meanAbsoluteError: number,
		predictedTotal: number,
		usable = true,
		logLikelihood = -100
	): ModelEvaluation => ({
		model,
		fit: {
			params: { r: 1, alpha: 1, a: 1, b: 1 },
			logLikelihood,
			converged: usable,
			reason: 'converged',
			iterations: 1
		},
		degeneracy: {
			usable,
			reasons: usable ? [] : ['no-dropout'],
			figures: {
				repeatCustomers: 100,
				minRepeatCustomers: 40,
				dropoutProbability: NaN,
				priorDeathShare: NaN,
				deadShare: NaN
			}
		},
		meanAbsoluteError,
		predictedTotal,
		actualTotal: 100
	});

	it('breaks a tie (within 1 %) by the error of the total', () => {
		const choice = chooseModel([evaluation('bgnbd', 1.0, 80), evaluation('pnbd', 1.005, 99)]);
		expect(choice).toMatchObject({ model: 'pnbd', reason: 'tie-total-error', runnerUp: 'bgnbd' });
	});

	it('passes over a degenerate fit even when its error is lower', () => {
		const choice = chooseModel([
			evaluation('bgnbd', 0.5, 100, false),
			evaluation('mbgnbd', 0.9, 90),
			evaluation('pnbd', 1.2, 95)
		]);
		expect(choice).toMatchObject({
			model: 'mbgnbd',
			reason: 'others-degenerate',
			excluded: ['bgnbd']
		});
	});

	it('says when no fit can be trusted, and chooses by likelihood without a hold-out', () => {
		const none = chooseModel([
			evaluation('bgnbd', 0.8, 90, false),
			evaluation('pnbd', 0.7, 90, false)
		]);
		expect(none).toMatchObject({ model: 'pnbd', reason: 'none-usable' });
		const noHoldout = chooseModel([
			evaluation('bgnbd', NaN, NaN, true, -120),
			evaluation('pnbd', NaN, NaN, true, -110)
		]);
		expect(noHoldout).toMatchObject({
			model: 'pnbd',
			reason: 'highest-likelihood',
			runnerUp: 'bgnbd'
		});
	});
});
