/**
 * The one entry point the worker and the command line call: measures, every scheme, a summary
 * per class and the primary segment, reporting progress. `computeSchemes` alone re-runs the
 * schemes on measures already computed (for live counts while settings are edited).
 */

import type { Customer, DayNumber, Interaction, OrderColumns } from '../model';
import type { AttributeScheme } from './attributes';
import { attributeScheme } from './attributes';
import type { ClusterScheme } from './cluster-scheme';
import { clusterScheme } from './cluster-scheme';
import type { CustomRulesScheme } from './custom-rules';
import { customRulesScheme } from './custom-rules';
import type { FieldSource } from './fields';
import { meanSatisfaction } from './loyalty';
import type { CustomerMeasures } from './measures';
import { alignRecords, computeMeasures, defaultAnalysisDay } from './measures';
import type { PrimarySegment } from './primary';
import { primarySegment } from './primary';
import type { RegisteredScheme } from './registry';
import { SCHEMES } from './registry';
import type { RfmScores } from './rfm-scores';
import { monetaryValues, rfmScores } from './rfm-scores';
import type { SchemeInputs, SettingsByKey } from './scheme-entry';
import type { SegmentSettings, SegmentSettingsInput } from './settings';
import { resolveSettings } from './settings';
import type { ClassSummary } from './summary';
import { summariseScheme, totalRevenue } from './summary';

/** Any scheme's result; `kind` tells which. */
export type AnyScheme = RegisteredScheme | AttributeScheme | ClusterScheme | CustomRulesScheme;

export interface SegmentationInput {
	orders: OrderColumns;
	customers: readonly Customer[];
	/** For satisfaction in the loyalty score. */
	interactions?: readonly Interaction[];
	/** Default: the day after the last order (`defaultAnalysisDay`). */
	analysisDay?: DayNumber;
}

/** `done` of `total` steps; `stage` is the step begun: 'measures', a scheme id, 'summary'. */
export interface SegmentationProgress {
	stage: string;
	done: number;
	total: number;
}

/** What the schemes read: measures, aligned records and satisfaction (NaN where none). */
export interface SchemeContext {
	measures: CustomerMeasures;
	records: readonly (Customer | undefined)[];
	satisfaction: Float64Array;
	/** Further numeric fields for rules (predicted value), aligned with the measures. */
	extra?: Readonly<Record<string, Float64Array>>;
}

export interface SchemesResult {
	settings: SegmentSettings;
	scores: RfmScores;
	schemes: AnyScheme[];
	/** Per scheme id, one summary per class in class order. */
	summaries: Record<string, ClassSummary[]>;
	/** Undefined only when no scheme is available (no customers). */
	primary: PrimarySegment | undefined;
}

export interface SegmentationResult extends SchemesResult {
	analysisDay: DayNumber;
	measures: CustomerMeasures;
	totals: { customers: number; purchasers: number; orders: number; revenue: number };
}

/** The context of the schemes from the input and its measures. */
export function schemeContext(input: SegmentationInput, measures: CustomerMeasures): SchemeContext {
	return {
		measures,
		records: alignRecords(measures.customerIds, input.customers),
		satisfaction: meanSatisfaction(input.interactions ?? [], measures.customerIds)
	};
}

/** Number of schemes the settings ask for (fixed schemes, attributes, clusterings, rule sets). */
export function schemeStepCount(settings: SegmentSettings): number {
	return (
		SCHEMES.length +
		settings.attributes.length +
		settings.clusterings.length +
		settings.customRules.length
	);
}

/** Every scheme on measures already computed. */
export function computeSchemes(
	context: SchemeContext,
	settingsInput: SegmentSettingsInput | SegmentSettings = {},
	onProgress?: (progress: SegmentationProgress) => void,
	stepOffset = 0
): SchemesResult {
	const { measures, records, satisfaction, extra } = context;
	const settings = resolveSettings(settingsInput, records);
	const scores = rfmScores(measures, settings.rfm);
	const source: FieldSource = { measures, records, scores, extra };
	const schemes: AnyScheme[] = [];
	const inputs: SchemeInputs = { measures, records, satisfaction, scores };
	const all = settings as unknown as SettingsByKey;
	const steps: [string, () => AnyScheme][] = [
		...SCHEMES.map((entry): [string, () => AnyScheme] => [
			entry.id,
			() => entry.compute(inputs, (entry.settings ? all[entry.settings.key] : {}) as never, all)
		]),
		...settings.attributes.map((attribute): [string, () => AnyScheme] => [
			`attribute:${attribute.field}`,
			() => attributeScheme(source, attribute)
		]),
		...settings.clusterings.map((clustering): [string, () => AnyScheme] => [
			`cluster:${clustering.id}`,
			() => clusterScheme(source, clustering)
		]),
		...settings.customRules.map((set): [string, () => AnyScheme] => [
			`custom:${set.id}`,
			// Rules may name the class of any scheme computed before them ('segment:<id>').
			() => customRulesScheme({ ...source, schemes }, set)
		])
	];
	const total = stepOffset + steps.length + 1;
	steps.forEach(([stage, run], k) => {
		onProgress?.({ stage, done: stepOffset + k, total });
		schemes.push(run());
	});
	onProgress?.({ stage: 'summary', done: total - 1, total });
	const summaries: Record<string, ClassSummary[]> = {};
	const monetary = monetaryValues(measures, scores.monetaryBasis);
	for (const scheme of schemes) {
		summaries[scheme.schemeId] = summariseScheme(scheme, measures, scores, monetary);
	}
	onProgress?.({ stage: 'done', done: total, total });
	return {
		settings,
		scores,
		schemes,
		summaries,
		primary: primarySegment(schemes, settings.primarySchemeId)
	};
}

/** Measures, every scheme, summaries and the primary segment for the input. */
export function runAllSchemes(
	input: SegmentationInput,
	settings: SegmentSettingsInput | SegmentSettings = {},
	onProgress?: (progress: SegmentationProgress) => void
): SegmentationResult {
	const analysisDay = input.analysisDay ?? defaultAnalysisDay(input.orders);
	const resolved = resolveSettings(settings, input.customers);
	onProgress?.({ stage: 'measures', done: 0, total: schemeStepCount(resolved) + 2 });
	const measures = computeMeasures(input.orders, input.customers, analysisDay);
	const result = computeSchemes(schemeContext(input, measures), resolved, onProgress, 1);
	let orders = 0;
	let purchasers = 0;
	for (const count of measures.orders) {
		orders += count;
		if (count > 0) purchasers++;
	}
	return {
		...result,
		analysisDay,
		measures,
		totals: {
			customers: measures.customerIds.length,
			purchasers,
			orders,
			revenue: totalRevenue(measures)
		}
	};
}
