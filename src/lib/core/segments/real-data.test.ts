/**
 * The engine on the public data sets in ../shared/data, read with papaparse by a test helper
 * (not the app's importer).
 */

import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../days';
import { ORDER_STATUS } from '../model';
import { runAllSchemes } from './run-all';
import { expectConsistent } from './testing/check';
import { onlineRetailOrders, rfmDataOrders } from './testing/real-data';

/** Excel's PERCENTILE.INC written out from its definition: rank p(n − 1) + 1, 1-based. */
function percentileInc(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = p * (sorted.length - 1) + 1;
	const whole = Math.floor(rank);
	const fraction = rank - whole;
	const lower = sorted[whole - 1];
	return whole >= sorted.length ? lower : lower + fraction * (sorted[whole] - lower);
}

describe('rfm-orders/rfm_data_orders.csv as of 2006-12-31', () => {
	const orders = rfmDataOrders();
	const analysisDay = dayFromIso('2006-12-31');
	const result = runAllSchemes({ orders, customers: [], analysisDay });

	it('has 995 customers, 4,906 orders and 464,158 revenue', () => {
		expect(result.totals).toEqual({
			customers: 995,
			purchasers: 995,
			orders: 4906,
			revenue: 464158
		});
		expect(result.analysisDay).toBe(analysisDay);
	});

	it('puts every customer in exactly one class of every scheme', () => {
		expectConsistent(result);
	});

	it('agrees with a naive recomputation of the measures, quintile cut points and scores', () => {
		// Per customer from the raw rows with plain objects: last day, orders, revenue.
		const naive = new Map<string, { last: number; orders: number; revenue: number }>();
		for (let row = 0; row < orders.day.length; row++) {
			const id = orders.customerIds[orders.customer[row]];
			const entry = naive.get(id) ?? { last: -Infinity, orders: 0, revenue: 0 };
			entry.last = Math.max(entry.last, orders.day[row]);
			entry.orders += 1;
			entry.revenue += orders.amount[row];
			naive.set(id, entry);
		}
		const ids = result.measures.customerIds;
		const recency = ids.map((id) => analysisDay - naive.get(id)!.last);
		const frequency = ids.map((id) => naive.get(id)!.orders);
		const monetary = ids.map((id) => naive.get(id)!.revenue);
		expect(Array.from(result.measures.recencyDays)).toEqual(recency);
		expect(Array.from(result.measures.orders)).toEqual(frequency);
		monetary.forEach((value, i) => expect(result.measures.netValue[i]).toBeCloseTo(value, 6));

		const cutsOf = (values: number[]) => [0.2, 0.4, 0.6, 0.8].map((p) => percentileInc(values, p));
		const expected = {
			recency: cutsOf(recency),
			frequency: cutsOf(frequency),
			monetary: cutsOf(monetary)
		};
		for (const measure of ['recency', 'frequency', 'monetary'] as const) {
			expected[measure].forEach((cut, k) =>
				expect(result.scores.cuts[measure][k]).toBeCloseTo(cut, 9)
			);
		}
		const below = (cuts: number[], value: number) => cuts.filter((cut) => cut < value).length;
		ids.forEach((_, i) => {
			expect(result.scores.recency[i]).toBe(5 - below(expected.recency, recency[i]));
			expect(result.scores.frequency[i]).toBe(1 + below(expected.frequency, frequency[i]));
			expect(result.scores.monetary[i]).toBe(1 + below(expected.monetary, monetary[i]));
		});
		// Every score 1–5 appears on each measure of this data set.
		for (const scores of [result.scores.recency, result.scores.frequency, result.scores.monetary]) {
			expect(new Set(scores)).toEqual(new Set([1, 2, 3, 4, 5]));
		}
	});
});

describe('online-retail/online_retail.csv, lines grouped into invoices', () => {
	const orders = onlineRetailOrders();
	const result = runAllSchemes({ orders, customers: [] });

	it('counts the customers and invoices with a customer id', () => {
		expect(result.totals.customers).toBe(4372);
		expect(orders.day.length).toBe(22190);
		expect(result.analysisDay).toBe(dayFromIso('2011-12-10'));
	});

	it('has totals consistent with the invoices and across every scheme', () => {
		let revenue = 0;
		let purchases = 0;
		for (let row = 0; row < orders.day.length; row++) {
			const amount = orders.amount[row];
			const cancelled = orders.status[row] === ORDER_STATUS.cancelled;
			if (!cancelled && amount >= 0) purchases++;
			if (!(cancelled && amount >= 0)) revenue += amount;
		}
		expect(result.totals.orders).toBe(purchases);
		expect(result.totals.revenue).toBeCloseTo(revenue, 4);
		expectConsistent(result);
		const tiers = result.schemes.find((scheme) => scheme.kind === 'value-tier');
		expect(tiers?.kind === 'value-tier' && tiers.pareto.valueShareOfTop).toBeGreaterThan(0.7);
	});
});
