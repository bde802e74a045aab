import { describe, expect, it } from 'vitest';
import { onlineRetailOrders } from '../segments/testing/real-data';
import { dayFromIso } from '../days';
import { assessFit } from './degeneracy';
import { CLV_MODEL_NAMES, clvModel } from './models';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END } from './testing/published';

describe('assessFit', () => {
	it('trusts all three fits on CDNOW', () => {
		const { summary } = summarizeOrders(readCdnowSample(), {
			calibrationEnd: CDNOW_CALIBRATION_END,
			unit: 'week'
		});
		const groups = groupSummary(summary);
		for (const name of CLV_MODEL_NAMES) {
			const result = assessFit(name, clvModel(name).fit(groups), groups);
			expect(result.reasons).toEqual([]);
			expect(result.usable).toBe(true);
			expect(result.figures.repeatCustomers).toBe(946);
			expect(result.figures.deadShare).toBeGreaterThan(0.05);
		}
	}, 60_000);

	it('finds no dropout in the BG/NBD fit on Online Retail (a = 0.0034, issue 16)', () => {
		const { summary } = summarizeOrders(onlineRetailOrders(), {
			calibrationEnd: dayFromIso('2011-12-09'),
			unit: 'week'
		});
		const groups = groupSummary(summary);
		const fit = clvModel('bgnbd').fit(groups);
		const result = assessFit('bgnbd', fit, groups);
		expect(result.usable).toBe(false);
		expect(result.reasons).toContain('no-dropout');
		expect(result.figures.dropoutProbability).toBeLessThan(0.005);
	}, 60_000);

	it('reports too few repeat customers and parameters at a bound', () => {
		// 30 repeat customers: below 10 per parameter.
		const frequency = Array.from({ length: 60 }, (_, i) => (i < 30 ? 1 + (i % 4) : 0));
		const data = {
			frequency,
			recency: frequency.map((x, i) => (x > 0 ? 5 + (i % 7) : 0)),
			age: frequency.map((_, i) => 20 + (i % 9))
		};
		const few = assessFit('bgnbd', clvModel('bgnbd').fit(data), data);
		expect(few.reasons).toContain('few-repeat-customers');
		expect(few.figures).toMatchObject({ repeatCustomers: 30, minRepeatCustomers: 40 });
		// Everyone bought every week up to the end: nobody ever stops.
		const steady = Array.from({ length: 50 }, (_, i) => 10 + i);
		const loyal = { frequency: steady, recency: steady, age: steady.map((x) => x + 0.5) };
		const bound = assessFit('bgnbd', clvModel('bgnbd').fit(loyal), loyal);
		expect(bound.reasons[0]).toBe('at-bound');
		expect(bound.usable).toBe(false);
	});

	it('says not-converged for a fit that could not start', () => {
		const data = { frequency: [0, 0], recency: [0, 0], age: [3, 4] };
		const result = assessFit('pnbd', clvModel('pnbd').fit(data), data);
		expect(result.reasons).toEqual(['not-converged', 'few-repeat-customers']);
		expect(result.figures.deadShare).toBeNaN();
	});
});
