/**
 * The clustering lab's data in the worker: the measures of the stored data, the fields that can
 * be clustered, and the last feature matrix and fit, kept while the data and choices stay the
 * same (so the k picker, profiles and saving do not rebuild or refit).
 */

import { fitKMeans, type FeatureMatrix, type KMeansFit } from '$lib/core/cluster';
import type { Customer } from '$lib/core/model';
import {
	buildClusterFeatures,
	clusteredCustomers,
	featureRole,
	MISSING_LEVEL,
	type ClusterFeatureSpec
} from '$lib/core/segments/cluster-scheme';
import {
	CATEGORICAL_RECORD_FIELDS,
	fieldColumn,
	recordedFields,
	type FieldSource
} from '$lib/core/segments/fields';
import { alignRecords, computeMeasures, defaultAnalysisDay } from '$lib/core/segments/measures';
import type { CategoryFieldOption, NumericFieldOption, RunSettings } from './clustering-types';
import { loadStore, predictedAsOf } from './segmentation';

/** Measures offered first, in this order, when the data has them. */
const MEASURES = [
	'recencyDays',
	'orders',
	'netValue',
	'averageOrderValue',
	'tenureDays',
	'medianGapDays',
	'profit',
	'returnValue',
	// Predicted value (BG/NBD + Gamma-Gamma fitted on the same data).
	'clv',
	'expectedPurchases',
	'probabilityAlive'
];

/** Record fields that identify a person rather than describe a group. */
const NOT_CATEGORIES = new Set<string>(['name', 'phone', 'email']);

/** Record numbers that are not quantities to cluster on (age replaces the birth year). */
const NOT_NUMBERS = new Set<string>(['birthYear', 'createdDay']);

export interface LabContext {
	dataVersion: number;
	source: FieldSource;
	/** Positions (in the measures) of the clustered customers: those with a purchase. */
	rows: Uint32Array;
	customers: Customer[];
}

let context: LabContext | null = null;
let built: { key: string; features: FeatureMatrix; revenue: Float64Array } | null = null;
let fitted: { key: string; fit: KMeansFit } | null = null;

/** The stored data's measures (as of the day after the last order) and clustered rows. */
export async function labContext(): Promise<LabContext> {
	const data = await loadStore();
	if (context?.dataVersion === data.dataVersion) return context;
	const day = defaultAnalysisDay(data.orders);
	if (!data.measures || data.measures.analysisDay !== day)
		data.measures = computeMeasures(data.orders, data.customers, day);
	const measures = data.measures;
	const source = {
		measures,
		records: alignRecords(measures.customerIds, data.customers),
		extra: predictedAsOf(data, day, measures)
	};
	context = {
		dataVersion: data.dataVersion,
		source,
		rows: clusteredCustomers(measures),
		customers: data.customers
	};
	built = null;
	fitted = null;
	return context;
}

/** Values present among the clustered rows of a field. */
function presentCount(lab: LabContext, field: string): number {
	const column = fieldColumn(lab.source, field);
	if (!column) return 0;
	let count = 0;
	for (const row of lab.rows) {
		const value = column.values[row];
		if (value !== undefined && !(typeof value === 'number' && Number.isNaN(value))) count++;
	}
	return count;
}

/** Numeric fields with at least one value among the clustered customers. */
export function numericOptions(lab: LabContext): NumericFieldOption[] {
	const recorded = recordedFields(lab.source.records)
		.filter((entry) => entry.kind === 'number' && !NOT_NUMBERS.has(entry.field))
		.map((entry) => entry.field);
	return [...MEASURES, ...recorded]
		.map((field): NumericFieldOption => {
			const role = featureRole(field);
			return {
				field,
				role,
				logByDefault: role === 'frequency' || role === 'monetary',
				present: presentCount(lab, field)
			};
		})
		.filter((option) => option.present > 0);
}

/** Text fields (standard and custom) with at least one value among the clustered customers. */
export function categoryOptions(lab: LabContext): CategoryFieldOption[] {
	const recorded = recordedFields(lab.source.records)
		.filter((entry) => entry.kind === 'string' && !NOT_CATEGORIES.has(entry.field))
		.map((entry) => entry.field);
	const standard = CATEGORICAL_RECORD_FIELDS.filter((field) => recorded.includes(field));
	const custom = recorded.filter((field) => field.startsWith('custom:'));
	return [...standard, ...custom].map((field): CategoryFieldOption => {
		const column = fieldColumn(lab.source, field);
		const levels = new Set<string>();
		for (const row of lab.rows) levels.add(String(column?.values[row] ?? MISSING_LEVEL));
		return { field, levels: levels.size, present: presentCount(lab, field) };
	});
}

/** A key that changes whenever the feature choice does. */
export const specKey = (spec: ClusterFeatureSpec): string => JSON.stringify(spec);

/** The feature matrix of the clustered customers and their revenue (net value, currency). */
export async function labFeatures(
	spec: ClusterFeatureSpec
): Promise<{ lab: LabContext; features: FeatureMatrix; revenue: Float64Array }> {
	const lab = await labContext();
	const key = specKey(spec);
	if (built?.key !== key) {
		if (spec.numeric.length + spec.categorical.length === 0) {
			throw new RangeError('clusters.error.noFeatures');
		}
		const { features } = buildClusterFeatures(lab.source, spec);
		const revenue = Float64Array.from(lab.rows, (row) => lab.source.measures.netValue[row]);
		built = { key, features, revenue };
		fitted = null;
	}
	return { lab, features: built.features, revenue: built.revenue };
}

/** The column clusters are numbered by (descending): the first money column, else none (size). */
export function orderColumn(features: FeatureMatrix): number | null {
	const money = features.transform.numeric.findIndex((column) => column.role === 'monetary');
	return money >= 0 ? money : null;
}

/** k-means of the chosen k on all clustered customers, reused for the same choices. */
export async function labFit(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings
): Promise<{ lab: LabContext; features: FeatureMatrix; revenue: Float64Array; fit: KMeansFit }> {
	const { lab, features, revenue } = await labFeatures(spec);
	const key = JSON.stringify([specKey(spec), k, run.restarts, run.seed]);
	if (fitted?.key !== key) {
		if (k < 2 || k > features.matrix.rows - 1) throw new RangeError('clusters.error.tooFewRows');
		const fit = fitKMeans(features.matrix, k, {
			restarts: run.restarts,
			seed: run.seed,
			orderByColumn: orderColumn(features)
		});
		fitted = { key, fit };
	}
	return { lab, features, revenue, fit: fitted.fit };
}
