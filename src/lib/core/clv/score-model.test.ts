import { describe, expect, it } from 'vitest';
import { churnRisk } from './churn';
import { fitBgNbd } from './bgnbd';
import { conditionalExpectedTransactions, probabilityAlive } from './bgnbd-predict';
import { discountedExpectedTransactions, discountedNumerator, discountRatePerUnit } from './clv';
import { expectedSpend, fitGammaGamma } from './gammagamma';
import { clvModel } from './models';
import { scoreWithModel } from './score-model';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END, CDNOW_PNBD } from './testing/published';

const { summary } = summarizeOrders(readCdnowSample(), {
	calibrationEnd: CDNOW_CALIBRATION_END,
	unit: 'week'
});
const groups = groupSummary(summary);
const gammaGamma = fitGammaGamma({ count: summary.monetaryCount, mean: summary.monetary }).params;
const options = {
	horizon: 52,
	discountRate: discountRatePerUnit(0.1, 'week'),
	defaultMargin: 1,
	churnWindow: 90 / 7
};

describe('scoreWithModel', { timeout: 60_000 }, () => {
	it('gives BG/NBD the paper’s per-customer expressions, customer by customer', () => {
		const params = fitBgNbd(groups).params;
		const generic = scoreWithModel(summary, groups, clvModel('bgnbd'), params, gammaGamma, options);
		for (let c = 0; c < summary.customerIds.length; c += 97) {
			const [x, tx, T] = [summary.frequency[c], summary.recency[c], summary.age[c]];
			const rate = options.discountRate;
			const discounted = discountedExpectedTransactions(params, 52, rate, x, tx, T);
			const spend = expectedSpend(gammaGamma, summary.monetaryCount[c], summary.monetary[c]);
			expect(generic.probabilityAlive[c]).toBe(probabilityAlive(params, x, tx, T));
			expect(generic.expectedPurchases[c]).toBeCloseTo(
				conditionalExpectedTransactions(params, 52, x, tx, T),
				12
			);
			expect(generic.discountedPurchases[c]).toBeCloseTo(discounted, 12);
			expect(generic.clv[c]).toBeCloseTo(discounted * spend, 10);
		}
	});

	it('adds churn risk and the next purchase under Pareto/NBD', () => {
		const model = clvModel('pnbd');
		const scores = scoreWithModel(summary, groups, model, CDNOW_PNBD, gammaGamma, options);
		for (let c = 0; c < summary.customerIds.length; c += 131) {
			const [x, tx, T] = [summary.frequency[c], summary.recency[c], summary.age[c]];
			expect(scores.churnRisk[c]).toBe(churnRisk(model, CDNOW_PNBD, 90 / 7, x, tx, T));
			const next = scores.nextPurchaseIn[c];
			if (Number.isFinite(next)) {
				expect(churnRisk(model, CDNOW_PNBD, next, x, tx, T)).toBeCloseTo(0.5, 8);
			} else expect(next).toBe(Infinity);
		}
	});

	it('discounts like a fine sum over periods, for Pareto/NBD too', () => {
		const model = clvModel('pnbd');
		const rate = options.discountRate;
		for (const [x, T] of [
			[0, 30],
			[4, 38]
		]) {
			const periods = 4000;
			let sum = 0;
			let previous = 0;
			for (let k = 1; k <= periods; k++) {
				const t = (52 * k) / periods;
				const current = model.conditionalNumerator(CDNOW_PNBD, t, x, T);
				// Midpoint discounting: the sum converges as 1/periods².
				sum += (current - previous) * Math.exp(-rate * (t - 26 / periods));
				previous = current;
			}
			expect(discountedNumerator(model, CDNOW_PNBD, 52, rate, x, T)).toBeCloseTo(sum, 8);
		}
	});
});
