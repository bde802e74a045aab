/**
 * The clustering lab in the worker: what can be clustered, the feature matrix preview, the
 * k comparison, one fit with its 2-D view and profiles, and its stability. Only small results
 * go back to the page; the points to draw are typed arrays, transferred by the worker entry.
 */

import {
	chooseK,
	clusteringStability,
	featurePreview,
	pointsToDraw,
	principalAxes,
	profileClusters,
	projectRows,
	type FeatureMatrix,
	type KMeansFit,
	type PcaAxes
} from '$lib/core/cluster';
import type { ClusterFeatureSpec } from '$lib/core/segments/cluster-scheme';
import { fieldColumn, type FieldSource } from '$lib/core/segments/fields';
import {
	categoryOptions,
	labContext,
	labFeatures,
	labFit,
	numericOptions
} from './clustering-data';
import { savedSummaries } from './clustering-save';
import type {
	AxisView,
	ClusterFitView,
	ClusterOptionsView,
	FeaturePreviewView,
	KChoiceView,
	ProjectionView,
	RunSettings,
	StabilityView
} from './clustering-types';

/** Reports a step: what it is, and how far along (done of total). */
export type LabProgress = (phase: string, done: number, total: number) => void;

/** At most this many points are drawn; more would not show more on a chart. */
const DRAWN_POINTS = 4000;

/** Rows in the preview table. */
const PREVIEW_ROWS = 8;

/** What can be clustered, and the clusterings saved as schemes. */
export async function clusterOptions(): Promise<ClusterOptionsView> {
	const lab = await labContext();
	return {
		dataVersion: lab.dataVersion,
		customers: lab.source.measures.customerIds.length,
		clustered: lab.rows.length,
		numeric: numericOptions(lab),
		categorical: categoryOptions(lab),
		saved: await savedSummaries()
	};
}

/** The feature matrix's first rows (scaled, and raw for numeric columns) and its transform. */
export async function clusterFeatures(spec: ClusterFeatureSpec): Promise<FeaturePreviewView> {
	const { lab, features } = await labFeatures(spec);
	const preview = featurePreview(features, PREVIEW_ROWS);
	const shown = lab.rows.subarray(0, preview.rows.length);
	const { measures } = lab.source;
	return {
		rows: features.matrix.rows,
		columns: features.transform.columns,
		customerIds: Array.from(shown, (row) => measures.customerIds[row]),
		values: preview.rows,
		raw: rawPreview(lab.source, spec, shown),
		numeric: features.transform.numeric,
		missing: features.missing
	};
}

/** Raw numeric values of the preview rows, from the same fields the matrix reads. */
function rawPreview(source: FieldSource, spec: ClusterFeatureSpec, rows: Uint32Array): number[][] {
	const columns = spec.numeric.map(({ field }) => fieldColumn(source, field));
	return Array.from(rows, (row) =>
		columns.map((column) => (column?.kind === 'number' ? column.values[row] : NaN))
	);
}

/** Inertia, silhouette, Calinski-Harabasz and Davies-Bouldin for k = 2..10, and a suggestion. */
export async function clusterChooseK(
	spec: ClusterFeatureSpec,
	run: RunSettings,
	onProgress?: LabProgress
): Promise<KChoiceView> {
	const { features } = await labFeatures(spec);
	if (features.matrix.rows < 3) throw new RangeError('clusters.error.tooFewRows');
	const started = performance.now();
	const choice = chooseK(features.matrix, {
		restarts: run.restarts,
		seed: run.seed,
		onProgress: (done, total) => onProgress?.('sweep', done, total)
	});
	return { ...choice, clustered: features.matrix.rows, elapsedMs: performance.now() - started };
}

/** The fit of k clusters: sizes, profiles with names, and the 2-D PCA view. */
export async function clusterFit(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings,
	onProgress?: LabProgress
): Promise<ClusterFitView> {
	const started = performance.now();
	onProgress?.('fit', 0, 3);
	const { features, revenue, fit } = await labFit(spec, k, run);
	onProgress?.('project', 1, 3);
	const projection = projectionOf(features, fit, run.seed);
	onProgress?.('profile', 2, 3);
	const profiles = profileClusters(features, fit.labels, k, { revenue });
	return {
		k,
		rows: features.matrix.rows,
		inertia: fit.inertia,
		sizes: Array.from(fit.sizes),
		iterations: fit.iterations,
		converged: fit.converged,
		sampleSize: fit.sampleSize,
		restarts: fit.restarts,
		seed: fit.seed,
		columns: features.transform.columns,
		numeric: features.transform.numeric,
		profiles,
		projection,
		elapsedMs: performance.now() - started
	};
}

/** The customers to draw on the two principal axes, and the centres there. */
function projectionOf(features: FeatureMatrix, fit: KMeansFit, seed: number): ProjectionView {
	const axes = principalAxes(features.matrix);
	const drawn = pointsToDraw(fit.labels, DRAWN_POINTS, seed);
	const { data, cols } = features.matrix;
	const selected = new Float64Array(drawn.length * cols);
	drawn.forEach((row, i) => selected.set(data.subarray(row * cols, (row + 1) * cols), i * cols));
	const points = projectRows(axes, { data: selected, rows: drawn.length, cols });
	const centres = projectRows(axes, fit.centres);
	const x = new Float32Array(drawn.length);
	const y = new Float32Array(drawn.length);
	const cluster = new Uint8Array(drawn.length);
	drawn.forEach((row, i) => {
		x[i] = points.data[i * 2];
		y[i] = points.data[i * 2 + 1];
		cluster[i] = fit.labels[row];
	});
	return {
		x,
		y,
		cluster,
		total: features.matrix.rows,
		axes: [axisView(axes, 0), axisView(axes, 1)],
		centres: Array.from({ length: fit.k }, (_, c) => ({
			x: centres.data[c * 2],
			y: centres.data[c * 2 + 1]
		}))
	};
}

/** An axis's explained share and its three heaviest columns (weights of the unit vector). */
function axisView(axes: PcaAxes, rank: 0 | 1): AxisView {
	const vector = axes.axes[rank];
	const loadings = Array.from(vector, (weight, column) => ({ column, weight }))
		.filter((loading) => Math.abs(loading.weight) >= 0.2)
		.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
		.slice(0, 3);
	return { explained: axes.explainedVarianceRatio[rank], loadings };
}

/** Agreement (ARI) of the fit with re-fits under other seeds and on bootstrap samples. */
export async function clusterStability(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings,
	onProgress?: LabProgress
): Promise<StabilityView> {
	const { features, fit } = await labFit(spec, k, run);
	const started = performance.now();
	const stability = clusteringStability(features.matrix, fit.labels, k, {
		seed: run.seed,
		kmeans: { restarts: run.restarts },
		onProgress: (done, total) => onProgress?.('stability', done, total)
	});
	return { ...stability, k, elapsedMs: performance.now() - started };
}
