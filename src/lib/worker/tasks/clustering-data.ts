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
import { alignRecords } from '$lib/core/segments/measures';
import type { CategoryFieldOption, NumericFieldOption, RunSettings } from './clustering-types';
import { predictionSettings } from '$lib/core/clv/value-settings';
import { stableKey } from '$lib/core/stable-key';
import { CLUSTER_MEASURES, isClusterFeature } from '$lib/core/fields';
import { analysisDayOf, measuresOn, predictedOn, savedValueSettings } from '../engine/analysis';
import { snapshot, type Snapshot } from '../engine/snapshot';

export interface LabContext {
	/** Names the day and value settings within the data version. */
	key: string;
	dataVersion: number;
	source: FieldSource;
	/** Positions (in the measures) of the clustered customers: those with a purchase. */
	rows: Uint32Array;
	customers: Customer[];
}

/**
 * The stored data's measures (as of the day after the last order), the predictions of the
 * user's value settings, and the clustered rows.
 */
export async function labContext(): Promise<LabContext> {
	return labContextOf(await snapshot());
}

async function labContextOf(snap: Snapshot): Promise<LabContext> {
	const day = await analysisDayOf(snap);
	const prediction = predictionSettings(await savedValueSettings());
	const key = stableKey([day, prediction]);
	return snap.memo(
		'lab:context',
		key,
		async () => {
			const [measures, extra, { customers }] = await Promise.all([
				measuresOn(snap, day),
				predictedOn(snap, day, prediction),
				snap.store()
			]);
			return {
				key,
				dataVersion: snap.dataVersion,
				source: { measures, records: alignRecords(measures.customerIds, customers), extra },
				rows: clusteredCustomers(measures),
				customers
			};
		},
		1
	);
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

/** Numeric fields with at least one value among the clustered customers (order measures only with orders). */
export function numericOptions(lab: LabContext): NumericFieldOption[] {
	const recorded = recordedFields(lab.source.records)
		.filter((entry) => entry.kind === 'number' && isClusterFeature(entry.field))
		.map((entry) => entry.field);
	// A customer table without orders has no order measures (all zero or empty): its own columns only.
	const buyers = lab.rows.some((row) => lab.source.measures.orders[row] > 0);
	return [...(buyers ? CLUSTER_MEASURES : []), ...recorded]
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
		.filter((entry) => entry.kind === 'string' && isClusterFeature(entry.field))
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
	const snap = await snapshot();
	const lab = await labContextOf(snap);
	return snap.memo(
		'lab:features',
		stableKey([lab.key, specKey(spec)]),
		() => {
			if (spec.numeric.length + spec.categorical.length === 0) {
				throw new RangeError('clusters.error.noFeatures');
			}
			const { features } = buildClusterFeatures(lab.source, spec);
			const revenue = Float64Array.from(lab.rows, (row) => lab.source.measures.netValue[row]);
			return { lab, features, revenue };
		},
		1
	);
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
	const snap = await snapshot();
	const built = await labFeatures(spec);
	const fit = await snap.memo(
		'lab:fit',
		stableKey([built.lab.key, specKey(spec), k, run.restarts, run.seed]),
		() => {
			const { features } = built;
			if (k < 2 || k > features.matrix.rows - 1) throw new RangeError('clusters.error.tooFewRows');
			return fitKMeans(features.matrix, k, {
				restarts: run.restarts,
				seed: run.seed,
				orderByColumn: orderColumn(features)
			});
		},
		1
	);
	return { ...built, fit };
}
