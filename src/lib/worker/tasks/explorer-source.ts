/**
 * Where the explorer and the customer list take segments from, in the worker: the preview the
 * Segments screen shows (its settings and analysis day), the last settings the user ran with,
 * or the newest stored run. Computed the way `segment()` computes them (same measures, the same
 * predicted fields, the same schemes), so a drill-down lists exactly the customers the class
 * table counts. The last few results are kept per data version.
 */

import { fitClv } from '$lib/core/clv';
import type { Customer } from '$lib/core/model';
import { predictedFields } from '$lib/core/predicted-fields';
import {
	computeMeasures,
	computeSchemes,
	defaultAnalysisDay,
	resolveSettings,
	schemeContext,
	type ClassIndex,
	type CustomerMeasures,
	type FieldSource,
	type SchemesResult,
	type SegmentClass,
	type SegmentSettingsInput
} from '$lib/core/segments';
import { latestRun, runById } from '$lib/db/runs';
import { readSetting } from '$lib/db/settings';
import { loadStore } from './segmentation';
import { SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';

/** Which segmentation to read classes from. */
export type SegmentSource =
	| { kind: 'saved' }
	| { kind: 'preview'; settings: SegmentSettingsInput; analysisDay?: number }
	| { kind: 'run' };

type Store = Awaited<ReturnType<typeof loadStore>>;

/** A scheme's classes and each customer's class, aligned with the measures' customer ids. */
export interface SourceScheme {
	schemeId: string;
	classes: SegmentClass[];
	/** -1 for a customer the source has no class for (not in a stored run). */
	classOfRow: Int16Array;
}

/** Everything a source gives: measures, the field source for filters, and the schemes. */
export interface Segmented {
	dataVersion: number;
	analysisDay: number;
	measures: CustomerMeasures;
	records: readonly (Customer | undefined)[];
	/** Present for computed sources; a stored run keeps classes only. */
	result?: SchemesResult;
	fields: FieldSource;
	schemes: SourceScheme[];
	/** Set for a stored run. */
	run?: { id: string; createdAt: number };
}

/** The measures on a day, shared with `segment()` through the store cache. */
export function measuresOn(data: Store, day: number): CustomerMeasures {
	if (!data.measures || data.measures.analysisDay !== day)
		data.measures = computeMeasures(data.orders, data.customers, day);
	return data.measures;
}

/** Predicted fields as of a day, fitted as `segment()` fits them and shared through the cache. */
function predictedOn(data: Store, day: number, measures: CustomerMeasures) {
	if (data.predicted && data.predictedDay === day) return data.predicted;
	const fit = fitClv(data.orders, { calibrationEnd: day - 1, unit: 'week', horizon: 52 });
	data.predicted = predictedFields(measures.customerIds, fit);
	data.predictedDay = day;
	return data.predicted;
}

const asRows = (classIndex: ClassIndex): Int16Array => Int16Array.from(classIndex);

/** The schemes of the settings on the day, computed in full. */
async function computed(settingsInput: SegmentSettingsInput, analysisDay?: number) {
	const data = await loadStore();
	const day = analysisDay ?? defaultAnalysisDay(data.orders);
	const measures = measuresOn(data, day);
	const context = {
		...schemeContext(
			{ orders: data.orders, customers: data.customers, interactions: data.interactions },
			measures
		),
		extra: predictedOn(data, day, measures)
	};
	const result = computeSchemes(context, resolveSettings(settingsInput, context.records));
	const segmented: Segmented = {
		dataVersion: data.dataVersion,
		analysisDay: day,
		measures,
		records: context.records,
		result,
		fields: {
			measures,
			records: context.records,
			scores: result.scores,
			extra: context.extra,
			schemes: result.schemes
		},
		schemes: result.schemes
			.filter((scheme) => scheme.available)
			.map((scheme) => ({
				schemeId: scheme.schemeId,
				classes: scheme.classes,
				classOfRow: asRows(scheme.classIndex)
			}))
	};
	return segmented;
}

/** The newest stored run's classes mapped onto today's customers (today's measures). */
async function storedRun(): Promise<Segmented | null> {
	const latest = await latestRun();
	const run = latest && (await runById(latest.id));
	if (!run) return null;
	const base = await computed((await readSetting(SEGMENT_SETTINGS_KEY)) ?? {});
	const rowOfRunCustomer = new Map(run.customerIds.map((id, row) => [id, row]));
	const runRows = Int32Array.from(
		base.measures.customerIds,
		(id) => rowOfRunCustomer.get(id) ?? -1
	);
	return {
		...base,
		result: undefined,
		run: { id: run.id, createdAt: run.createdAt },
		schemes: run.schemes.map((scheme) => ({
			schemeId: scheme.schemeId,
			classes: scheme.classes,
			classOfRow: Int16Array.from(runRows, (row) => (row < 0 ? -1 : scheme.classIndex[row]))
		}))
	};
}

const cache = new Map<string, Promise<Segmented | null>>();
/** Results kept (the Segments preview, the saved settings, a run). */
const CACHE_SIZE = 3;

/** The segmentation of a source, reused while the data and the source stay the same. */
export async function segmented(source: SegmentSource): Promise<Segmented | null> {
	const { dataVersion } = await loadStore();
	const settings =
		source.kind === 'saved'
			? ((await readSetting<SegmentSettingsInput>(SEGMENT_SETTINGS_KEY)) ?? {})
			: source.kind === 'preview'
				? source.settings
				: null;
	// A stored run is named by its id: saving a new run changes the key.
	const runId = source.kind === 'run' ? ((await latestRun())?.id ?? '') : '';
	const day = source.kind === 'preview' ? source.analysisDay : undefined;
	const key = JSON.stringify([dataVersion, source.kind, settings, day ?? null, runId]);
	// Kept as promises, so callers asking while it is computed share the work.
	let value = cache.get(key);
	if (!value) {
		value = source.kind === 'run' ? storedRun() : computed(settings ?? {}, day);
		cache.set(key, value);
		while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
		value.catch(() => cache.delete(key));
	}
	return value;
}
