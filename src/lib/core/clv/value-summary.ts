/** What the Customer value screen and profiles show of a CLV fit. */

import type { ClvResult, TimeUnit } from './index';
import { intentionScore, type IntentionScore, type RecentInteractions } from './intention';

/** A customer among the highest CLVs. */
export interface TopCustomer {
	customerId: string;
	name: string;
	clv: number;
	probabilityAlive: number;
	intention: number;
}

export interface ValueSummary {
	/** Sum of every finite CLV (currency). */
	totalClv: number;
	/** Mean P(alive) over the scored customers (NaN without any). */
	meanProbabilityAlive: number;
	/** Customers by CLV, highest first (ties by id). */
	top: TopCustomer[];
}

/** Totals and the `count` highest CLVs of a fit; `nameOf` gives a customer's name. */
export function valueSummary(
	result: ClvResult,
	nameOf: (customerId: string) => string,
	count = 20
): ValueSummary {
	const { columns, customerIds } = result;
	const order = Array.from(columns.clv.keys())
		.filter((i) => Number.isFinite(columns.clv[i]))
		.sort(
			(a, b) =>
				columns.clv[b] - columns.clv[a] ||
				(customerIds[a] < customerIds[b] ? -1 : customerIds[a] > customerIds[b] ? 1 : 0)
		);
	let totalClv = 0;
	let aliveSum = 0;
	for (const i of order) totalClv += columns.clv[i];
	for (const value of columns.probabilityAlive) aliveSum += value;
	return {
		totalClv,
		meanProbabilityAlive: result.customers > 0 ? aliveSum / result.customers : NaN,
		top: order.slice(0, count).map((i) => ({
			customerId: customerIds[i],
			name: nameOf(customerIds[i]),
			clv: columns.clv[i],
			probabilityAlive: columns.probabilityAlive[i],
			intention: columns.intention[i]
		}))
	};
}

/** One customer's predicted value, with the intention score explained. */
export interface CustomerValue {
	probabilityAlive: number;
	expectedPurchases: number;
	expectedValue: number;
	valueFromPopulation: boolean;
	clv: number;
	frequency: number;
	intention: IntentionScore;
	unit: TimeUnit;
	horizon: number;
}

/** The fit's figures for the customer in row `row` of `result.customerIds`. */
export function customerValueOf(
	result: ClvResult,
	row: number,
	interactions?: RecentInteractions
): CustomerValue {
	const { columns } = result;
	return {
		probabilityAlive: columns.probabilityAlive[row],
		expectedPurchases: columns.expectedPurchases[row],
		expectedValue: columns.expectedValue[row],
		valueFromPopulation: columns.valueFromPopulation[row] === 1,
		clv: columns.clv[row],
		frequency: columns.frequency[row],
		unit: result.unit,
		horizon: result.horizon,
		intention: intentionScore({
			probabilityAlive: columns.probabilityAlive[row],
			expectedPurchases: columns.expectedPurchases[row],
			averageExpectedPurchases: result.averageExpectedPurchases,
			frequency: columns.frequency[row],
			horizon: result.horizon,
			unit: result.unit,
			interactions
		})
	};
}
