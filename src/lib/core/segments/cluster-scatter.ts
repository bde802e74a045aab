/**
 * The 2-D view of a clustering saved as a scheme: its customers' features in the saved space,
 * projected on the two principal axes, a stratified sample small enough to draw, and the saved
 * centres on the same axes. The clustering lab draws the same view for a fresh fit.
 */

import { flatMatrix, pointsToDraw, projectPca, projectRows } from '../cluster';
import { applyFeatures } from '../cluster/features';
import {
	clusterSchemeId,
	clusteredCustomers,
	clusterFeatureInput,
	specOfTransform
} from './cluster-scheme';
import type { CustomerMeasures } from './measures';
import type { FieldSource } from './fields';
import type { SchemeClasses } from './run-mapping';
import type { SegmentSettings } from './settings';

/** What the scatter reads of a segmentation. */
export interface ScatterSource {
	measures: CustomerMeasures;
	fields: FieldSource;
	schemes: readonly SchemeClasses[];
	/** Absent for a stored run's classes (no saved transform to draw in). */
	result?: { settings: Pick<SegmentSettings, 'clusterings'> };
}

/** Points drawn at most (a scatter of more is slow to draw and no clearer). */
const MAX_POINTS = 3000;

export interface ClusterScatterView {
	/** Coordinates and cluster of the drawn customers. */
	x: Float64Array;
	y: Float64Array;
	cluster: Uint8Array;
	centres: { x: number; y: number }[];
	/** Share 0–1 of the variance along each axis. */
	explained: [number, number];
	/** Customers placed in a cluster (all of them, drawn or not). */
	total: number;
}

/** The scatter of a saved clustering's scheme, or null for any other scheme. */
export function clusterScatter(source: ScatterSource, schemeId: string): ClusterScatterView | null {
	const saved = source.result?.settings.clusterings.find(
		(clustering) => clusterSchemeId(clustering.id) === schemeId
	);
	const scheme = source.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!saved || !scheme) return null;
	const rows = clusteredCustomers(source.measures);
	if (rows.length === 0) return null;
	const input = clusterFeatureInput(source.fields, specOfTransform(saved.transform), rows);
	const points = applyFeatures(saved.transform, input);
	const projection = projectPca(points);
	const labels = Uint8Array.from(rows, (row) => scheme.classOfRow[row]);
	const drawn = pointsToDraw(labels, MAX_POINTS);
	const centres = projectRows(
		projection,
		flatMatrix(Float64Array.from(saved.centres), saved.k, points.cols)
	);
	const coordinates = projection.points.data;
	return {
		x: Float64Array.from(drawn, (i) => coordinates[i * 2]),
		y: Float64Array.from(drawn, (i) => coordinates[i * 2 + 1]),
		cluster: Uint8Array.from(drawn, (i) => labels[i]),
		centres: Array.from({ length: saved.k }, (_, c) => ({
			x: centres.data[c * 2],
			y: centres.data[c * 2 + 1]
		})),
		explained: projection.explainedVarianceRatio,
		total: rows.length
	};
}
