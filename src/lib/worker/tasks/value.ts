/**
 * Predicted customer value in the worker: BG/NBD and Gamma-Gamma fitted on the stored orders,
 * CLV and the purchase-intention score per customer, and a back-test on a hold-out period.
 * The last fit is kept for profiles; only summaries and single customers go to the page.
 */

import {
	fitClv,
	intentionScore,
	summarizeInteractions,
	type ClvResult,
	type TimeUnit
} from '$lib/core/clv';
import { loadStore } from './segmentation';
import {
	DEFAULT_VALUE_SETTINGS,
	type CustomerValue,
	type ValueSettings,
	type ValueView
} from './value-types';

interface Fitted {
	dataVersion: number;
	/** The settings that shape the per-customer figures (the hold-out does not). */
	key: string;
	result: ClvResult;
	rowOf: Map<string, number>;
}

let last: Fitted | null = null;

const fitKey = (settings: ValueSettings) =>
	JSON.stringify([
		settings.unit,
		settings.horizon,
		settings.annualDiscountRate,
		settings.defaultMargin
	]);

/** The fit on all orders for these settings, reused while the data and settings stay the same. */
async function fitAll(settings: ValueSettings): Promise<Fitted> {
	const data = await loadStore();
	const key = fitKey(settings);
	if (last && last.dataVersion === data.dataVersion && last.key === key) return last;
	let lastDay = -Infinity;
	for (const day of data.orders.day) if (day > lastDay) lastDay = day;
	const calibrationEnd = Number.isFinite(lastDay) ? lastDay : 0;
	const result = fitClv(data.orders, {
		calibrationEnd,
		unit: settings.unit,
		horizon: settings.horizon,
		annualDiscountRate: settings.annualDiscountRate,
		defaultMargin: settings.defaultMargin,
		interactions: summarizeInteractions(data.interactions, calibrationEnd)
	});
	last = {
		dataVersion: data.dataVersion,
		key,
		result,
		rowOf: new Map(result.customerIds.map((id, i) => [id, i]))
	};
	return last;
}

const DAY_UNITS: Record<TimeUnit, number> = { day: 1, week: 7 };

/** Fit the models on all orders (calibration ends at the last order day) and score everyone. */
export async function fitValue(settings: ValueSettings): Promise<ValueView> {
	const data = await loadStore();
	const { result } = await fitAll(settings);
	const calibrationEnd = result.calibrationEnd;
	let backtestView: ValueView['backtest'];
	if (settings.holdoutWeeks > 0 && data.orders.day.length > 0) {
		const holdoutEnd = calibrationEnd;
		const holdoutStart = holdoutEnd - settings.holdoutWeeks * 7;
		const test = fitClv(data.orders, {
			calibrationEnd: holdoutStart,
			holdoutEnd,
			unit: settings.unit,
			horizon: (settings.holdoutWeeks * 7) / DAY_UNITS[settings.unit]
		});
		if (test.backtest)
			backtestView = { ...test.backtest, calibrationEnd: holdoutStart, holdoutEnd };
	}
	const { columns } = result;
	const names = new Map(data.customers.map((customer) => [customer.id, customer.name]));
	const order = Array.from(columns.clv.keys())
		.filter((i) => Number.isFinite(columns.clv[i]))
		.sort((a, b) => columns.clv[b] - columns.clv[a]);
	let totalClv = 0;
	let aliveSum = 0;
	for (const i of order) totalClv += columns.clv[i];
	for (const value of columns.probabilityAlive) aliveSum += value;
	return {
		settings,
		calibrationEnd,
		customers: result.customers,
		repeatCustomers: result.repeatCustomers,
		bgNbd: result.bgNbd,
		gammaGamma: result.gammaGamma,
		populationMeanSpend: result.populationMeanSpend,
		totalClv,
		meanProbabilityAlive: result.customers > 0 ? aliveSum / result.customers : NaN,
		top: order.slice(0, 20).map((i) => ({
			customerId: result.customerIds[i],
			name: names.get(result.customerIds[i]) ?? '',
			clv: columns.clv[i],
			probabilityAlive: columns.probabilityAlive[i],
			intention: columns.intention[i]
		})),
		backtest: backtestView
	};
}

/** One customer's predicted value and the explained intention score (fits first if needed). */
export async function customerValue(
	customerId: string,
	settings: ValueSettings = DEFAULT_VALUE_SETTINGS
): Promise<CustomerValue | null> {
	const data = await loadStore();
	const fitted = await fitAll(settings);
	const i = fitted.rowOf.get(customerId);
	if (i === undefined) return null;
	const { result } = fitted;
	const { columns } = result;
	const interactions = summarizeInteractions(data.interactions, result.calibrationEnd);
	return {
		probabilityAlive: columns.probabilityAlive[i],
		expectedPurchases: columns.expectedPurchases[i],
		expectedValue: columns.expectedValue[i],
		valueFromPopulation: columns.valueFromPopulation[i] === 1,
		clv: columns.clv[i],
		frequency: columns.frequency[i],
		unit: result.unit,
		horizon: result.horizon,
		intention: intentionScore({
			probabilityAlive: columns.probabilityAlive[i],
			expectedPurchases: columns.expectedPurchases[i],
			averageExpectedPurchases: result.averageExpectedPurchases,
			frequency: columns.frequency[i],
			horizon: result.horizon,
			unit: result.unit,
			interactions: interactions.get(customerId)
		})
	};
}
