import { describe, expect, it } from 'vitest';
import { emptyOrderColumns } from '../order-columns';
import { ORDER_STATUS } from '../model';
import { fitClv, type ClvStage } from './index';
import { readCdnowSample } from './testing/cdnow';
import { ordersOf, type OrderRow } from './testing/orders';
import {
	CDNOW_BGNBD,
	CDNOW_CALIBRATION_END,
	CDNOW_GAMMA_GAMMA,
	CDNOW_HOLDOUT_END
} from './testing/published';

describe('fitClv on the CDNOW sample', () => {
	const stages: [ClvStage, number][] = [];
	const result = fitClv(readCdnowSample(), {
		calibrationEnd: CDNOW_CALIBRATION_END,
		holdoutEnd: CDNOW_HOLDOUT_END,
		unit: 'week',
		horizon: 52,
		annualDiscountRate: 0.1,
		onProgress: (stage, share) => stages.push([stage, share])
	});
	const { columns } = result;

	it('fits both models to the published estimates', () => {
		expect(result.customers).toBe(2357);
		expect(result.repeatCustomers).toBe(946);
		expect(result.bgNbd.converged && result.gammaGamma.converged).toBe(true);
		expect(result.bgNbd.params.r).toBeCloseTo(CDNOW_BGNBD.r, 3);
		expect(result.gammaGamma.params.q).toBeCloseTo(CDNOW_GAMMA_GAMMA.q, 2);
	});

	it('returns columns aligned with the customer ids', () => {
		const n = result.customerIds.length;
		for (const column of Object.values(columns)) expect(column.length).toBe(n);
		const c = result.customerIds.indexOf('1');
		expect(columns.frequency[c]).toBe(2);
		expect(columns.recency[c]).toBeCloseTo(30.43, 2);
		expect(columns.probabilityAlive[c]).toBeGreaterThan(0);
		expect(columns.probabilityAlive[c]).toBeLessThan(1);
	});

	it('gives customers without a repeat purchase P(alive) = 1 and the population mean spend, flagged', () => {
		for (let c = 0; c < result.customers; c++) {
			if (columns.frequency[c] > 0) continue;
			expect(columns.probabilityAlive[c]).toBe(1);
			expect(columns.valueFromPopulation[c]).toBe(1);
			expect(columns.expectedValue[c]).toBe(result.populationMeanSpend);
		}
		expect(result.populationMeanSpend).toBeCloseTo((6.2496 * 15.4435) / 2.7442, 1);
	});

	it('computes CLV as discounted purchases × expected value × margin', () => {
		for (let c = 0; c < result.customers; c += 97) {
			expect(columns.margin[c]).toBe(1);
			expect(columns.discountedPurchases[c]).toBeLessThan(columns.expectedPurchases[c]);
			expect(columns.clv[c]).toBeCloseTo(
				columns.discountedPurchases[c] * columns.expectedValue[c],
				10
			);
			expect(columns.intention[c]).toBeLessThanOrEqual(100);
		}
	});

	it('includes the back-test and reports progress through every stage', () => {
		expect(result.backtest?.byFrequency.length).toBe(8);
		expect(stages.map(([stage]) => stage)).toEqual(
			expect.arrayContaining(['summary', 'fit', 'gammaGamma', 'score', 'done'])
		);
		const shares = stages.map(([, share]) => share);
		expect(shares).toEqual([...shares].sort((u, v) => u - v));
		expect(shares.at(-1)).toBe(1);
	});
});

describe('fitClv on awkward data', () => {
	it('returns empty columns and reasons for no orders, without throwing', () => {
		const result = fitClv(emptyOrderColumns(), { calibrationEnd: 100 });
		expect(result.customers).toBe(0);
		expect(result.bgNbd).toMatchObject({ converged: false, reason: 'no-customers' });
		expect(result.gammaGamma).toMatchObject({ converged: false, reason: 'no-repeat-customers' });
	});

	it('reports one-time buyers as not fittable yet keeps P(alive) = 1', () => {
		const orders = ordersOf([
			['A', 1, 10],
			['B', 5, 20],
			['C', 9, 30]
		]);
		const result = fitClv(orders, { calibrationEnd: 30, unit: 'day' });
		expect(result.bgNbd.reason).toBe('no-repeat-customers');
		expect(Array.from(result.columns.probabilityAlive)).toEqual([1, 1, 1]);
		expect(result.columns.expectedPurchases.every(Number.isNaN)).toBe(true);
	});

	it('uses the margin from known costs and the default margin elsewhere', () => {
		const rows: OrderRow[] = [];
		for (let c = 0; c < 40; c++) {
			for (let k = 0; k <= c % 5; k++) {
				const cost = c % 2 === 0 ? 60 : undefined;
				rows.push([`C${c}`, k * 20 + c, 100 + c, ORDER_STATUS.ok, cost]);
			}
		}
		const result = fitClv(ordersOf(rows), {
			calibrationEnd: 200,
			unit: 'day',
			defaultMargin: 0.5,
			interactions: new Map([['C4', { satisfaction: 1, complaints: 3 }]])
		});
		const index = (id: string) => result.customerIds.indexOf(id);
		expect(result.columns.margin[index('C0')]).toBeCloseTo(0.4, 12);
		expect(result.columns.margin[index('C1')]).toBe(0.5);
		const c4 = index('C4');
		const c9 = index('C9');
		expect(result.columns.frequency[c4]).toBe(result.columns.frequency[c9]);
		expect(result.columns.intention[c4]).toBeLessThan(result.columns.intention[c9]);
	});
});
