/**
 * The analysis engine: measures, the one CLV fit (with the user's value settings), the
 * predictions and every scheme, each computed once per data version, analysis day and the
 * settings that matter, and read by every screen, the list, the explorer, profiles,
 * strategies, clustering and exports. Logic lives in core; this file only wires and caches.
 */

import {
	compareOnHoldout,
	fitAsOf,
	summarizeInteractions,
	type ModelClvResult,
	type ModelComparison,
	type TimeUnit
} from '$lib/core/clv';
import {
	holdoutWindow,
	predictionSettings,
	valueSettingsOf,
	type PredictionSettings,
	type ValueSettings
} from '$lib/core/clv/value-settings';
import type { Customer, DayNumber } from '$lib/core/model';
import { predictedFields, type PredictedField } from '$lib/core/predicted-fields';
import {
	computeMeasures,
	computeSchemes,
	defaultAnalysisDay,
	resolveSettings,
	schemeContext,
	type CustomerMeasures,
	type FieldSource,
	type SchemesResult,
	type SegmentationProgress,
	type SegmentSettingsInput
} from '$lib/core/segments';
import { classRows, type SchemeClasses } from '$lib/core/segments/run-mapping';
import { segmentationTotals, type SegmentationTotals } from '$lib/core/segments/totals';
import { SEGMENT_SETTINGS_KEY, VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
import { stableKey } from '$lib/core/stable-key';
import { readSetting } from '$lib/db/settings';
import type { Snapshot } from './snapshot';

/** The analysis day asked for, or the day after the last order. */
export async function analysisDayOf(snap: Snapshot, day?: DayNumber): Promise<DayNumber> {
	if (day !== undefined) return day;
	return snap.memo('defaultDay', '', async () => defaultAnalysisDay((await snap.store()).orders));
}

/** Every customer's measures as of the day. */
export async function measuresOn(snap: Snapshot, day: DayNumber): Promise<CustomerMeasures> {
	return snap.memo(
		'measures',
		String(day),
		async () => {
			const { orders, customers } = await snap.store();
			return computeMeasures(orders, customers, day);
		},
		3
	);
}

/** The value settings the user chose on the Customer value screen (defaults where unset). */
export async function savedValueSettings(): Promise<ValueSettings> {
	return valueSettingsOf(await readSetting<Partial<ValueSettings>>(VALUE_SETTINGS_KEY));
}

/** The segmentation settings the user last ran with. */
export async function savedSegmentSettings(): Promise<SegmentSettingsInput> {
	return (await readSetting<SegmentSettingsInput>(SEGMENT_SETTINGS_KEY)) ?? {};
}

/** The last day the fit of an analysis day sees: the day before it. */
function calibrationEndOf(day: DayNumber): DayNumber {
	// No orders: no analysis day; the fit then reports too little data.
	return Number.isFinite(day) ? day - 1 : 0;
}

/** The three models compared on the last `holdoutWeeks` weeks before the analysis day. */
export interface HoldoutComparison {
	calibrationEnd: DayNumber;
	holdoutEnd: DayNumber;
	comparison: ModelComparison;
}

/** The back-test of the three models (undefined without a hold-out or without orders). */
export async function modelComparison(
	snap: Snapshot,
	day: DayNumber,
	unit: TimeUnit,
	holdoutWeeks: number
): Promise<HoldoutComparison | undefined> {
	return snap.memo(
		'comparison',
		stableKey([day, unit, holdoutWeeks]),
		async () => {
			const { orders } = await snap.store();
			const window = holdoutWindow(calibrationEndOf(day), holdoutWeeks);
			if (!window || orders.day.length === 0) return undefined;
			return { ...window, comparison: compareOnHoldout(orders, { ...window, unit }) };
		},
		2
	);
}

/**
 * A value built on the CLV fit, memoised per analysis day and prediction settings; two entries
 * of a kind are kept (a fit is large, and editing value settings makes a new one each time).
 */
function onFit<T>(
	snap: Snapshot,
	kind: string,
	day: DayNumber,
	settings: PredictionSettings,
	build: () => Promise<T>
): Promise<T> {
	return snap.memo(kind, stableKey([day, settings]), build, 2);
}

/**
 * The one CLV fit as of an analysis day: calibration ends the day before, with the user's
 * value settings (the model, or 'auto': the back-test's choice) and the interactions up to then
 * (for the intention score).
 */
export async function valueFit(
	snap: Snapshot,
	day: DayNumber,
	settings: PredictionSettings
): Promise<ModelClvResult> {
	return onFit(snap, 'fit', day, settings, async () => {
		const calibrationEnd = calibrationEndOf(day);
		const holdout =
			settings.model === 'auto'
				? await modelComparison(snap, day, settings.unit, settings.holdoutWeeks ?? 0)
				: undefined;
		const { orders, interactions } = await snap.store();
		const interactionsThen = summarizeInteractions(interactions, calibrationEnd);
		return fitAsOf(orders, calibrationEnd + 1, settings, interactionsThen, holdout?.comparison);
	});
}

/** The fit's row of each customer id. */
export async function fitRows(
	snap: Snapshot,
	day: DayNumber,
	settings: PredictionSettings
): Promise<Map<string, number>> {
	return onFit(
		snap,
		'fitRows',
		day,
		settings,
		async () =>
			new Map((await valueFit(snap, day, settings)).customerIds.map((id, row) => [id, row]))
	);
}

/** Predicted value per customer (CLV, P(alive), …), aligned with the day's measures. */
export async function predictedOn(
	snap: Snapshot,
	day: DayNumber,
	settings: PredictionSettings
): Promise<Record<PredictedField, Float64Array>> {
	return onFit(snap, 'predicted', day, settings, async () => {
		const [measures, fit] = await Promise.all([
			measuresOn(snap, day),
			valueFit(snap, day, settings)
		]);
		return predictedFields(measures.customerIds, fit);
	});
}

/** Everything one segmentation gives: measures, fields for filters, every scheme. */
export interface Segmentation {
	/** Names these inputs within the data version (for what is built on it). */
	key: string;
	dataVersion: number;
	analysisDay: DayNumber;
	defaultAnalysisDay: DayNumber;
	measures: CustomerMeasures;
	records: readonly (Customer | undefined)[];
	result: SchemesResult;
	fields: FieldSource;
	/** The available schemes' classes by row of the measures. */
	schemes: SchemeClasses[];
	totals: SegmentationTotals;
}

/**
 * Measures and every scheme of the settings on the day (the day after the last order when not
 * given), with the predictions of the user's value settings. `onProgress` reports only when
 * this call computes (not when it finds the result computed).
 */
export async function segmentation(
	snap: Snapshot,
	settingsInput: SegmentSettingsInput,
	day?: DayNumber,
	onProgress?: (progress: SegmentationProgress) => void
): Promise<Segmentation> {
	const analysisDay = await analysisDayOf(snap, day);
	const prediction = predictionSettings(await savedValueSettings());
	const key = stableKey([settingsInput, analysisDay, prediction]);
	return snap.memo(
		'segmentation',
		key,
		async () => {
			const store = await snap.store();
			const [measures, extra] = await Promise.all([
				measuresOn(snap, analysisDay),
				predictedOn(snap, analysisDay, prediction)
			]);
			const context = { ...schemeContext(store, measures), extra };
			const result = computeSchemes(
				context,
				resolveSettings(settingsInput, context.records),
				onProgress
			);
			return {
				key,
				dataVersion: snap.dataVersion,
				analysisDay,
				defaultAnalysisDay: await analysisDayOf(snap),
				measures,
				records: context.records,
				result,
				fields: {
					measures,
					records: context.records,
					scores: result.scores,
					extra,
					schemes: result.schemes
				},
				schemes: result.schemes
					.filter((scheme) => scheme.available)
					.map((scheme) => ({
						schemeId: scheme.schemeId,
						classes: scheme.classes,
						classOfRow: classRows(scheme.classIndex)
					})),
				totals: segmentationTotals(measures)
			};
		},
		4
	);
}
