/**
 * Predicted customer value in the worker: the engine's one CLV fit (BG/NBD and Gamma-Gamma on
 * the stored orders, with the user's value settings) summarised for the Customer value screen,
 * one customer for profiles, and a back-test on a hold-out period.
 */

import { fitClv, summarizeInteractions, type TimeUnit } from '$lib/core/clv';
import { predictionSettings, type ValueSettings } from '$lib/core/clv/value-settings';
import { customerValueOf, valueSummary, type CustomerValue } from '$lib/core/clv/value-summary';
import { VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
import { stableKey } from '$lib/core/stable-key';
import { writeSetting } from '$lib/db/settings';
import { analysisDayOf, fitRows, savedValueSettings, valueFit } from '../engine/analysis';
import { snapshot, type Snapshot } from '../engine/snapshot';
import type { ValueView } from './value-types';

const DAY_UNITS: Record<TimeUnit, number> = { day: 1, week: 7 };

/** The fit before the hold-out, compared with what happened in it (undefined without one). */
async function backtestOf(snap: Snapshot, settings: ValueSettings, calibrationEnd: number) {
	if (settings.holdoutWeeks <= 0) return undefined;
	return snap.memo(
		'backtest',
		stableKey([calibrationEnd, settings]),
		async () => {
			const { orders } = await snap.store();
			if (orders.day.length === 0) return undefined;
			const holdoutEnd = calibrationEnd;
			const holdoutStart = holdoutEnd - settings.holdoutWeeks * 7;
			const test = fitClv(orders, {
				calibrationEnd: holdoutStart,
				holdoutEnd,
				unit: settings.unit,
				horizon: (settings.holdoutWeeks * 7) / DAY_UNITS[settings.unit]
			});
			return test.backtest && { ...test.backtest, calibrationEnd: holdoutStart, holdoutEnd };
		},
		2
	);
}

/**
 * Keep the settings (every screen predicts with them), then summarise the fit as of the day
 * after the last order and back-test it.
 */
export async function fitValue(settings: ValueSettings): Promise<ValueView> {
	await writeSetting(VALUE_SETTINGS_KEY, settings);
	const snap = await snapshot();
	const day = await analysisDayOf(snap);
	const result = await valueFit(snap, day, predictionSettings(settings));
	const { customers } = await snap.store();
	const names = new Map(customers.map((customer) => [customer.id, customer.name]));
	return {
		settings,
		calibrationEnd: result.calibrationEnd,
		customers: result.customers,
		repeatCustomers: result.repeatCustomers,
		bgNbd: result.bgNbd,
		gammaGamma: result.gammaGamma,
		populationMeanSpend: result.populationMeanSpend,
		...valueSummary(result, (id) => names.get(id) ?? ''),
		backtest: await backtestOf(snap, settings, result.calibrationEnd)
	};
}

/** One customer's predicted value and the explained intention score, with the saved settings. */
export async function customerValue(customerId: string): Promise<CustomerValue | null> {
	const snap = await snapshot();
	const day = await analysisDayOf(snap);
	const settings = predictionSettings(await savedValueSettings());
	const row = (await fitRows(snap, day, settings)).get(customerId);
	if (row === undefined) return null;
	const result = await valueFit(snap, day, settings);
	const { interactions } = await snap.store();
	const recent = summarizeInteractions(
		interactions.filter((interaction) => interaction.customerId === customerId),
		result.calibrationEnd
	);
	return customerValueOf(result, row, recent.get(customerId));
}
