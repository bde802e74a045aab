import { describe, expect, it } from 'vitest';
import { backtest, backtestModel } from './backtest';
import { fitBgNbd } from './bgnbd';
import { clvModel } from './models';
import { groupSummary, summarizeOrders } from './summary';
import { bgConditionalDirect } from './testing/bg-direct';
import { readCdnowSample } from './testing/cdnow';
import { ordersOf } from './testing/orders';
import {
	CDNOW_BGNBD_TRACKING,
	CDNOW_CALIBRATION_END,
	CDNOW_HOLDOUT_END,
	CDNOW_PNBD_TRACKING
} from './testing/published';

describe('back-test on the CDNOW sample (39 weeks calibration, 39 weeks hold-out)', () => {
	const prepared = summarizeOrders(readCdnowSample(), {
		calibrationEnd: CDNOW_CALIBRATION_END,
		unit: 'week',
		holdoutEnd: CDNOW_HOLDOUT_END
	});
	const groups = groupSummary(prepared.summary);
	const params = fitBgNbd(groups).params;
	const result = backtest({ ...prepared, groups, holdoutEnd: CDNOW_HOLDOUT_END }, params);

	it('counts the actual hold-out transactions by calibration frequency as BTYD does', () => {
		// BTYD walkthrough (bgnbd.PlotFreqVsConditionalExpectedFrequency, censor 7):
		// act 0.237 0.697 1.393 1.560 2.532 2.947 3.862 6.359, bins 1411 439 214 100 62 38 29 64.
		expect(result.holdoutLength).toBe(39);
		expect(result.byFrequency.map((bin) => bin.customers)).toEqual([
			1411, 439, 214, 100, 62, 38, 29, 64
		]);
		const totals = result.byFrequency.map((bin) => Math.round(bin.actual * bin.customers));
		expect(totals).toEqual([334, 306, 298, 156, 157, 112, 112, 407]);
		const published = [0.237, 0.697, 1.393, 1.56, 2.532, 2.947, 3.862, 6.359];
		result.byFrequency.forEach((bin, i) => expect(bin.actual).toBeCloseTo(published[i], 3));
		expect(result.byFrequency[7].orMore).toBe(true);
	});

	it('predicts each bin as the mean conditional expectation of its customers', () => {
		const { summary } = prepared;
		const sums = new Float64Array(8);
		for (let c = 0; c < summary.customerIds.length; c++) {
			const x = summary.frequency[c];
			sums[Math.min(x, 7)] += bgConditionalDirect(
				params,
				39,
				x,
				summary.recency[c],
				summary.age[c]
			);
		}
		result.byFrequency.forEach((bin, i) => {
			expect(bin.predicted).toBeCloseTo(sums[i] / bin.customers, 8);
		});
		// The model tracks the actual means within a few tenths of a transaction.
		for (const bin of result.byFrequency) {
			expect(Math.abs(bin.predicted - bin.actual)).toBeLessThan(0.4);
		}
	});

	it('tracks cumulative repeat transactions over 78 weeks', () => {
		const curve = result.cumulative;
		expect(result.calibrationWeeks).toBe(39);
		expect(curve.length).toBe(78);
		const calibrationRepeats = prepared.summary.frequency.reduce((sum, x) => sum + x, 0);
		expect(curve[38].actual).toBe(calibrationRepeats);
		expect(curve[77].actual).toBe(calibrationRepeats + 1882);
		expect(curve[77].endDay).toBe(CDNOW_HOLDOUT_END);
		for (let k = 1; k < curve.length; k++) {
			expect(curve[k].predicted).toBeGreaterThanOrEqual(curve[k - 1].predicted);
		}
		// Week 78: Σ customers E[X(time since their first purchase)] at the end of the last day,
		// from the ₂F₁ formula.
		let expected = 0;
		for (const birth of prepared.summary.firstDay) {
			expected += bgConditionalDirect(params, (CDNOW_HOLDOUT_END + 1 - birth) / 7, 0, 0, 0);
		}
		expect(curve[77].predicted).toBeCloseTo(expected, 6);
		// Within 5 % of the actual total after 78 weeks.
		expect(Math.abs(curve[77].predicted / curve[77].actual - 1)).toBeLessThan(0.05);
	});
});

describe('the cumulative curve against the BTYD walkthrough', () => {
	const prepared = summarizeOrders(readCdnowSample(), {
		calibrationEnd: CDNOW_CALIBRATION_END,
		unit: 'week',
		holdoutEnd: CDNOW_HOLDOUT_END
	});
	const groups = groupSummary(prepared.summary);
	const input = { ...prepared, groups, holdoutEnd: CDNOW_HOLDOUT_END };

	it('prints BTYD’s BG/NBD figures at weeks 20–25 (weeks end 7w days after the start)', () => {
		const curve = backtest(input, fitBgNbd(groups).params).cumulative;
		const weeks = curve.slice(19, 25);
		expect(weeks.map((week) => week.actual)).toEqual(CDNOW_PNBD_TRACKING.actual);
		expect(weeks[0].predicted).toBeCloseTo(CDNOW_BGNBD_TRACKING.week20, 1);
		expect(weeks[5].predicted).toBeCloseTo(CDNOW_BGNBD_TRACKING.week25, 1);
	});

	it('prints BTYD’s Pareto/NBD figures at weeks 20–25', () => {
		const { params, expected } = CDNOW_PNBD_TRACKING;
		const curve = backtestModel(input, clvModel('pnbd'), params).cumulative;
		expect(curve.slice(19, 25).map((week) => Math.round(week.predicted))).toEqual(expected);
	});
});

describe('back-test bookkeeping', () => {
	it('bins repeat transactions into weeks from the first purchase day', () => {
		const orders = ordersOf([
			['A', 0, 10],
			['A', 3, 10],
			['A', 9, 10],
			['A', 16, 10],
			['B', 2, 10],
			['B', 15, 10],
			['B', 30, 10]
		]);
		const prepared = summarizeOrders(orders, { calibrationEnd: 10, unit: 'week', holdoutEnd: 20 });
		const groups = groupSummary(prepared.summary);
		const params = { r: 1, alpha: 2, a: 1.5, b: 3 };
		const result = backtest({ ...prepared, groups, holdoutEnd: 20 }, params, 2);
		expect(result.cumulative.map((week) => week.actual)).toEqual([1, 2, 4]);
		expect(result.cumulative.map((week) => week.endDay)).toEqual([6, 13, 20]);
		expect(result.byFrequency.map((bin) => [bin.customers, bin.actual])).toEqual([
			[1, 1],
			[0, NaN],
			[1, 1]
		]);
	});
});
