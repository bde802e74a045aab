/**
 * Predicted customer value in the worker: the engine's one CLV fit (the chosen model and
 * Gamma-Gamma on the stored orders, with the user's value settings) summarised for the Customer
 * value screen, one customer for profiles, and the three models' back-test on a hold-out period.
 */

import { summarizeInteractions } from '$lib/core/clv';
import { predictionSettings, type ValueSettings } from '$lib/core/clv/value-settings';
import { customerValueOf, valueSummary, type CustomerValue } from '$lib/core/clv/value-summary';
import { VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
import { writeSetting } from '$lib/db/settings';
import {
	analysisDayOf,
	fitRows,
	modelComparison,
	savedValueSettings,
	valueFit
} from '../engine/analysis';
import { snapshot } from '../engine/snapshot';
import type { PredictionStatus, ValueView } from './value-types';

/**
 * Keep the settings (every screen predicts with them), then summarise the fit as of the day
 * after the last order, with the three models' back-test when `compare` (or 'auto') asks.
 */
export async function fitValue(settings: ValueSettings, compare = false): Promise<ValueView> {
	await writeSetting(VALUE_SETTINGS_KEY, settings);
	const snap = await snapshot();
	const day = await analysisDayOf(snap);
	const [result, holdout] = await Promise.all([
		valueFit(snap, day, predictionSettings(settings)),
		// The three models' back-test: asked for, or needed anyway to choose ('auto').
		compare || settings.model === 'auto'
			? modelComparison(snap, day, settings.unit, settings.holdoutWeeks)
			: undefined
	]);
	const { customers } = await snap.store();
	const names = new Map(customers.map((customer) => [customer.id, customer.name]));
	return {
		settings,
		calibrationEnd: result.calibrationEnd,
		customers: result.customers,
		repeatCustomers: result.repeatCustomers,
		model: result.model,
		fit: result.fit,
		degeneracy: result.degeneracy,
		choice: result.choice,
		gammaGamma: result.gammaGamma,
		populationMeanSpend: result.populationMeanSpend,
		...valueSummary(result, (id) => names.get(id) ?? ''),
		holdout: holdout && {
			calibrationEnd: holdout.calibrationEnd,
			holdoutEnd: holdout.holdoutEnd,
			evaluations: holdout.comparison.evaluations,
			choice: holdout.comparison.choice
		}
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

/** The model of the saved settings' fit and whether it supports per-customer figures. */
export async function predictionStatus(): Promise<PredictionStatus> {
	const snap = await snapshot();
	const day = await analysisDayOf(snap);
	const result = await valueFit(snap, day, predictionSettings(await savedValueSettings()));
	return { model: result.model, degeneracy: result.degeneracy, customers: result.customers };
}
