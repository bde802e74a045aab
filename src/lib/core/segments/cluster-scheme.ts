/**
 * A clustering saved as a segmentation scheme (聚类): the fitted feature transform and the
 * cluster centres are kept as plain data, and every run places each customer with a purchase at
 * the nearest saved centre, so new customers join the cluster they resemble most. Customers
 * without a purchase have no recency, frequency or spend to place them by: they are prospects,
 * as in the RFM schemes. The clustering lab and the scheme read features through the same
 * functions here, so a saved clustering reproduces the lab's clusters exactly.
 */

import type {
	CategoricalFeatureInput,
	FeatureInput,
	FeatureMatrix,
	FeatureRole,
	FeatureTransform,
	NumericFeatureInput
} from '../cluster/features';
import { applyFeatures, buildFeatures } from '../cluster/features';
import { fieldRole } from '../fields';
import type { KMeansFit } from '../cluster/kmeans';
import { flatMatrix } from '../cluster/matrix';
import { assignToCentres } from '../cluster/partition';
import type { SchemeBase, SegmentClass } from './classes';
import { newClassIndex, PROSPECT_CLASS } from './classes';
import type { FieldSource } from './fields';
import { fieldColumn } from './fields';
import type { CustomerMeasures } from './measures';

/** The features of a clustering: fields as `fieldColumn` names them ('orders', 'region', …). */
export interface ClusterFeatureSpec {
	numeric: { field: string; log: boolean }[];
	categorical: { field: string; weight: number }[];
}

/** The scheme id of a saved clustering. */
export function clusterSchemeId(clusteringId: string): string {
	return `cluster:${clusteringId}`;
}

/** A clustering kept in the segmentation settings; the scheme id is `cluster:<id>`. */
export interface SavedClustering {
	/** Stable once saved; made from the name (see `clusteringId`). */
	id: string;
	/** The name the user gave it. */
	name: string;
	/** Epoch ms. */
	createdAt: number;
	k: number;
	/** Names in the transform are field names; numeric columns first, then one-hot levels. */
	transform: FeatureTransform;
	/** k × transform.columns.length centres, row-major, in the scaled space that was clustered. */
	centres: number[];
	/** One class per centre, in centre order. */
	classes: SegmentClass[];
	/** How the centres were found (shown, not needed to assign). */
	seed: number;
	restarts: number;
}

export interface ClusterScheme extends SchemeBase {
	kind: 'cluster';
	name: string;
	k: number;
	/** The fields the clusters were built from, numeric first. */
	features: string[];
}

/** The level a missing text value becomes (one-hot encoded like any other level). */
export const MISSING_LEVEL = '';

/** What a measure means for naming clusters (recency is days since the last purchase). */
export function featureRole(field: string): FeatureRole {
	return fieldRole(field);
}

/**
 * Positions of the customers that are clustered: those with at least one purchase; in a
 * customer table without orders (no one has a purchase), every customer, on their attributes.
 */
export function clusteredCustomers(measures: CustomerMeasures): Uint32Array {
	let count = 0;
	for (const orders of measures.orders) if (orders > 0) count++;
	if (count === 0) return Uint32Array.from(measures.orders.keys());
	const rows = new Uint32Array(count);
	let next = 0;
	measures.orders.forEach((orders, i) => {
		if (orders > 0) rows[next++] = i;
	});
	return rows;
}

/** The feature columns of the given customers (positions in the measures), ready to build. */
export function clusterFeatureInput(
	source: FieldSource,
	spec: ClusterFeatureSpec,
	rows: ArrayLike<number>
): FeatureInput {
	const numeric = spec.numeric.map(({ field, log }): NumericFeatureInput => {
		const column = fieldColumn(source, field);
		const values = column?.kind === 'number' ? column.values : undefined;
		return {
			name: field,
			role: featureRole(field),
			log,
			// A field the data no longer has is all missing (imputed with the saved median).
			values: Float64Array.from({ length: rows.length }, (_, i) => values?.[rows[i]] ?? NaN)
		};
	});
	const categorical = spec.categorical.map(({ field, weight }): CategoricalFeatureInput => {
		const column = fieldColumn(source, field);
		const text = (i: number): string => {
			if (!column) return MISSING_LEVEL;
			const value = column.values[rows[i]];
			if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
				return MISSING_LEVEL;
			}
			return String(value);
		};
		return { name: field, weight, values: Array.from({ length: rows.length }, (_, i) => text(i)) };
	});
	return { numeric, categorical };
}

/** The feature spec a fitted transform was built from. */
export function specOfTransform(transform: FeatureTransform): ClusterFeatureSpec {
	return {
		numeric: transform.numeric.map((column) => ({ field: column.name, log: column.log })),
		categorical: transform.categorical.map((column) => ({
			field: column.name,
			weight: column.weight
		}))
	};
}

/** The lab's feature matrix: the clustered customers' features, fitted and standardised. */
export function buildClusterFeatures(
	source: FieldSource,
	spec: ClusterFeatureSpec
): { features: FeatureMatrix; rows: Uint32Array } {
	const rows = clusteredCustomers(source.measures);
	const features = buildFeatures(clusterFeatureInput(source, spec, rows), { scale: 'standard' });
	return { features, rows };
}

/** A fit of the lab as a clustering to save: transform, centres and one class per cluster. */
export function saveClustering(
	meta: { id: string; name: string; createdAt: number },
	features: FeatureMatrix,
	fit: KMeansFit,
	names: readonly { zh: string; en: string }[]
): SavedClustering {
	if (names.length !== fit.k) throw new RangeError('saveClustering: one name per cluster');
	return {
		...meta,
		k: fit.k,
		transform: structuredClone(features.transform),
		centres: Array.from(fit.centres.data),
		classes: names.map((name, cluster) => ({ id: `c${cluster + 1}`, zh: name.zh, en: name.en })),
		seed: fit.seed,
		restarts: fit.restarts
	};
}

/** Each clustered customer's cluster (0..k-1): the nearest saved centre in the saved space. */
export function assignToSavedCentres(
	source: FieldSource,
	saved: SavedClustering,
	rows: ArrayLike<number>
): Int32Array {
	const input = clusterFeatureInput(source, specOfTransform(saved.transform), rows);
	const points = applyFeatures(saved.transform, input);
	const centres = flatMatrix(Float64Array.from(saved.centres), saved.k, points.cols);
	return assignToCentres(points, centres);
}

/** The scheme of a saved clustering: nearest centre for buyers, prospects for the rest. */
export function clusterScheme(source: FieldSource, saved: SavedClustering): ClusterScheme {
	const n = source.measures.customerIds.length;
	const classes = [...saved.classes, PROSPECT_CLASS];
	const prospect = classes.length - 1;
	const classIndex = newClassIndex(n, classes.length).fill(prospect);
	const valid =
		saved.k >= 1 &&
		saved.classes.length === saved.k &&
		saved.centres.length === saved.k * saved.transform.columns.length;
	const base = {
		kind: 'cluster' as const,
		schemeId: clusterSchemeId(saved.id),
		name: saved.name,
		k: saved.k,
		features: [
			...saved.transform.numeric.map((column) => column.name),
			...saved.transform.categorical.map((column) => column.name)
		],
		classes
	};
	// A damaged saved clustering (e.g. an edited backup) cannot place anyone.
	if (!valid) return { ...base, available: false, missingFields: [], classIndex };
	const rows = clusteredCustomers(source.measures);
	const labels = assignToSavedCentres(source, saved, rows);
	rows.forEach((row, i) => (classIndex[row] = labels[i]));
	return { ...base, available: true, missingFields: [], classIndex };
}

/** Characters that would break ids in scheme and strategy keys ('cluster:<id>', '<scheme>/<class>'). */
const UNSAFE_ID = /[/:\\?#%]+/g;

/**
 * A readable, unique id from a name (labels show it, so it stays close to the name): unsafe
 * characters become '-', spaces are collapsed, and a number is added if the id is taken.
 */
export function clusteringId(name: string, taken: readonly string[]): string {
	const base =
		name
			.replace(UNSAFE_ID, '-')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^-+|-+$/g, '')
			.slice(0, 40)
			.trim() || 'clusters';
	const used = new Set(taken);
	if (!used.has(base)) return base;
	let n = 2;
	while (used.has(`${base} ${n}`)) n++;
	return `${base} ${n}`;
}
