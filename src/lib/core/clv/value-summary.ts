/** What the Customer value screen and profiles show of a CLV fit. */

import { predictedRow } from '../predicted-fields';
import type { ClvModelName, Degeneracy, ModelClvResult, TimeUnit } from './index';
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

/**
 * Totals and the `count` highest CLVs of a fit; `nameOf` gives a customer's name. A fit that
 * cannot support per-customer predictions has no total, mean or ranking (NaN, none).
 */
export function valueSummary(
	result: ModelClvResult,
	nameOf: (customerId: string) => string,
	count = 20
): ValueSummary {
	const { columns, customerIds } = result;
	if (!result.degeneracy.usable) return { totalClv: NaN, meanProbabilityAlive: NaN, top: [] };
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

/**
 * One customer's predicted value, with the intention score explained. When the fit is not
 * usable the model's figures are NaN ("—" with the reasons) and the intention is its fallback.
 */
export interface CustomerValue {
	model: ClvModelName;
	/** Whether the fit supports per-customer figures, why not, and the figures behind it. */
	degeneracy: Degeneracy;
	probabilityAlive: number;
	expectedPurchases: number;
	expectedValue: number;
	valueFromPopulation: boolean;
	clv: number;
	/** P(no order in the next `churnDays` days). */
	churnRisk: number;
	churnDays: number;
	/** Day number of the expected next order; NaN when none is more likely than not. */
	nextOrderDay: number;
	avgDaysBetweenOrders: number;
	/** 3 high, 2 medium, 1 low (`spendTierRank`). */
	spendTier: number;
	frequency: number;
	intention: IntentionScore;
	unit: TimeUnit;
	horizon: number;
}

/** The fit's figures for the customer in row `row` of `result.customerIds`. */
export function customerValueOf(
	result: ModelClvResult,
	row: number,
	interactions?: RecentInteractions
): CustomerValue {
	const { columns, degeneracy } = result;
	const fields = predictedRow(result, row);
	return {
		model: result.model,
		degeneracy,
		probabilityAlive: fields.probabilityAlive,
		expectedPurchases: fields.expectedPurchases,
		expectedValue: columns.expectedValue[row],
		valueFromPopulation: columns.valueFromPopulation[row] === 1,
		clv: fields.clv,
		churnRisk: fields.churnRisk,
		churnDays: result.churnDays,
		nextOrderDay: fields.nextOrderDay,
		avgDaysBetweenOrders: fields.avgDaysBetweenOrders,
		spendTier: fields.spendTier,
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
			interactions,
			modelUsable: degeneracy.usable
		})
	};
}
