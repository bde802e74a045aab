/** What the clustering lab sends to and receives from the worker (plain, small data). */

import type {
	ClusterProfile,
	FeatureColumn,
	FeatureRole,
	KChoice,
	NumericTransform,
	Stability
} from '$lib/core/cluster';
import type { ClusterFeatureSpec } from '$lib/core/segments/cluster-scheme';

export type { ClusterFeatureSpec };

/** A numeric field the lab offers, and how many clustered customers have a value. */
export interface NumericFieldOption {
	field: string;
	role: FeatureRole;
	/** Skewed money and counts: log on by default. */
	logByDefault: boolean;
	present: number;
}

/** A text field the lab offers, with its number of distinct values among clustered customers. */
export interface CategoryFieldOption {
	field: string;
	levels: number;
	present: number;
}

/** A clustering saved as a scheme, as listed in the lab. */
export interface SavedClusteringSummary {
	id: string;
	name: string;
	k: number;
	createdAt: number;
	features: string[];
	isPrimary: boolean;
}

/** What can be clustered in the stored data. */
export interface ClusterOptionsView {
	dataVersion: number;
	customers: number;
	/** Customers with at least one purchase: the rows that are clustered. */
	clustered: number;
	numeric: NumericFieldOption[];
	categorical: CategoryFieldOption[];
	saved: SavedClusteringSummary[];
}

/** Seeded restarts: the same seed always gives the same clusters. */
export interface RunSettings {
	restarts: number;
	seed: number;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = { restarts: 10, seed: 0 };

/** The built feature matrix, for the preview table. */
export interface FeaturePreviewView {
	rows: number;
	columns: FeatureColumn[];
	/** The first rows' customer ids and matrix values (scaled). */
	customerIds: string[];
	values: number[][];
	/** The same rows' raw values of the numeric columns (original units, NaN when missing). */
	raw: number[][];
	numeric: NumericTransform[];
	/** Missing values per numeric column, filled with the column median. */
	missing: number[];
}

/** The k comparison, with the rows it ran on and how long it took (ms, in the worker). */
export interface KChoiceView extends KChoice {
	clustered: number;
	elapsedMs: number;
}

/** A principal axis: its share of the variance and the columns that weigh most in it. */
export interface AxisView {
	explained: number;
	loadings: { column: number; weight: number }[];
}

/** The points to draw (a stratified sample when large), per point its cluster. */
export interface ProjectionView {
	x: Float32Array;
	y: Float32Array;
	cluster: Uint8Array;
	total: number;
	axes: [AxisView, AxisView];
	/** Cluster centres on the two axes. */
	centres: { x: number; y: number }[];
}

/** One fit of the chosen k with everything the screen shows about it. */
export interface ClusterFitView {
	k: number;
	rows: number;
	inertia: number;
	sizes: number[];
	iterations: number;
	converged: boolean;
	/** Rows the restarts ran on when sampled (the best was refined on all rows), else null. */
	sampleSize: number | null;
	restarts: number;
	seed: number;
	columns: FeatureColumn[];
	/** How each numeric column was prepared (log, mean, sd), numeric columns first. */
	numeric: NumericTransform[];
	profiles: ClusterProfile[];
	projection: ProjectionView;
	elapsedMs: number;
}

export interface StabilityView extends Stability {
	k: number;
	elapsedMs: number;
}

/** A clustering's class names in both languages, one per cluster. */
export type ClusterNames = { zh: string; en: string }[];

export interface SavedClusteringResult {
	schemeId: string;
	runId: string | undefined;
	/** Customers per class of the new scheme (clusters, then prospects). */
	counts: number[];
}

/** A clustering's rules saved as a custom rule set. */
export interface SavedRulesResult {
	schemeId: string;
	/** The rule set's id (from the name given). */
	name: string;
	/** Customers per rule, in the set's order, and in "others" (with those without an order). */
	counts: number[];
	others: number;
}
