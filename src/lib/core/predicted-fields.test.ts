import { describe, expect, it } from 'vitest';
import { fitClv } from './clv';
import { generateDemo } from './demo';
import { predictedFields } from './predicted-fields';
import {
	customRulesScheme,
	computeMeasures,
	rfmScores,
	alignRecords,
	DEFAULT_RFM_SETTINGS
} from './segments';

describe('predicted value as rule fields', () => {
	it('lines the CLV fit up with the customers and lets a rule select on it', () => {
		const demo = generateDemo({ seed: 3, customers: 300 });
		let last = -Infinity;
		for (const day of demo.orders.day) last = Math.max(last, day);
		const fit = fitClv(demo.orders, { calibrationEnd: last });
		const measures = computeMeasures(demo.orders, demo.customers, last + 1);
		const extra = predictedFields(measures.customerIds, fit);
		const someone = fit.customerIds[5];
		const i = measures.customerIds.indexOf(someone);
		expect(extra.clv[i]).toBe(fit.columns.clv[5]);
		// Prospects (no orders) have no prediction.
		const prospect = measures.customerIds.findIndex((_, k) => measures.orders[k] === 0);
		if (prospect >= 0) expect(Number.isNaN(extra.clv[prospect])).toBe(true);

		const threshold = [...extra.clv].filter(Number.isFinite).sort((a, b) => b - a)[29];
		const scheme = customRulesScheme(
			{
				measures,
				records: alignRecords(measures.customerIds, demo.customers),
				scores: rfmScores(measures, DEFAULT_RFM_SETTINGS),
				extra
			},
			{
				id: 'value',
				rules: [
					{
						id: 'top',
						en: 'Top CLV',
						zh: '高价值',
						conditions: [{ field: 'clv', op: '>=', value: threshold }]
					}
				],
				others: { en: 'Others', zh: '其他' }
			}
		);
		expect(scheme.wins[0]).toBe(30);
	});
});

describe('predicted fields of a fit that cannot predict single customers', () => {
	it('hides the model figures, keeps the fallback intention and the days between orders', () => {
		const demo = generateDemo({ seed: 4, customers: 40, months: 6 });
		let last = -Infinity;
		for (const day of demo.orders.day) last = Math.max(last, day);
		const fit = fitClv(demo.orders, { calibrationEnd: last });
		// 40 customers cannot give the 40 repeat customers four parameters need.
		expect(fit.degeneracy.usable).toBe(false);
		expect(fit.degeneracy.reasons).toContain('few-repeat-customers');
		const extra = predictedFields(fit.customerIds, fit);
		for (const field of [
			'clv',
			'probabilityAlive',
			'churnRisk',
			'nextOrderDay',
			'spendTier'
		] as const)
			expect(extra[field].every(Number.isNaN)).toBe(true);
		fit.customerIds.forEach((_, i) => {
			// t_x / x in days, by hand from the summary.
			const x = fit.summary.frequency[i];
			const expected = x > 0 ? fit.summary.recencyDays[i] / x : NaN;
			expect(extra.avgDaysBetweenOrders[i]).toBe(expected);
			// Without interactions the fallback intention is the neutral 50.
			expect(extra.intention[i]).toBe(50);
		});
	});
});
