/**
 * The feature matrix k-means clusters: numeric columns (missing values imputed with the column
 * median, optional signed log1p, standardised with the population standard deviation as
 * scikit-learn's StandardScaler does) and categorical columns one-hot encoded with a weight.
 * The fitted transform is plain data, so a saved scheme can place new customers and report
 * centres in original units.
 */

import type { FlatMatrix } from './matrix';

/** What a measure means for naming clusters; recency is days since the last purchase. */
export type FeatureRole = 'recency' | 'frequency' | 'monetary' | 'tenure' | 'other';

/** A numeric column; NaN (or any non-finite value) means missing. */
export interface NumericFeatureInput {
	name: string;
	values: Float64Array;
	/** Default 'other'. */
	role?: FeatureRole;
	/** Signed log1p before scaling; by default on for frequency and monetary (skewed) columns. */
	log?: boolean;
}

/** A categorical column, one-hot encoded; every distinct string (also '') is a level. */
export interface CategoricalFeatureInput {
	name: string;
	values: readonly string[];
	/** Value of a level's column on rows of that level, 0 elsewhere (default 1). */
	weight?: number;
}

/** The columns to build features from; all of the same length. */
export interface FeatureInput {
	numeric: readonly NumericFeatureInput[];
	categorical?: readonly CategoricalFeatureInput[];
}

/** How the fitted transform treats one numeric column. */
export interface NumericTransform {
	name: string;
	role: FeatureRole;
	log: boolean;
	/** Median of the present values in original units, used for missing values. */
	median: number;
	/** Mean and population sd after imputation and log (0 and 1 when scale is 'none'). */
	mean: number;
	sd: number;
}

/** How the fitted transform encodes one categorical column. */
export interface CategoryTransform {
	name: string;
	/** Levels in code-point order, one matrix column each. */
	levels: string[];
	weight: number;
}

/** One column of the feature matrix. */
export interface FeatureColumn {
	/** `name` for numeric columns, `name=level` for one-hot columns. */
	name: string;
	kind: 'numeric' | 'category';
	feature: string;
	level?: string;
	role: FeatureRole;
}

/** Everything needed to re-apply or invert the features: plain, serialisable data. */
export interface FeatureTransform {
	scale: 'standard' | 'none';
	numeric: NumericTransform[];
	categorical: CategoryTransform[];
	/** Numeric columns first (input order), then each categorical column's levels. */
	columns: FeatureColumn[];
}

/** The built matrix, its transform, and how many values were missing per numeric column. */
export interface FeatureMatrix {
	matrix: FlatMatrix;
	transform: FeatureTransform;
	missing: number[];
}

/** Options of buildFeatures. */
export interface FeatureOptions {
	/** 'standard' (default): centre and divide by the population sd; 'none': leave as is. */
	scale?: 'standard' | 'none';
}

/** Builds the feature matrix and fits its transform (median, log, scaling, levels). */
export function buildFeatures(input: FeatureInput, options: FeatureOptions = {}): FeatureMatrix {
	const rows = rowCount(input);
	const scale = options.scale ?? 'standard';
	const missing: number[] = [];
	const numeric = input.numeric.map((feature): NumericTransform => {
		const role = feature.role ?? 'other';
		const log = feature.log ?? (role === 'frequency' || role === 'monetary');
		const { median, missingCount } = presentMedian(feature.values);
		missing.push(missingCount);
		const transformed = feature.values.map((value) => prepare(value, median, log));
		const { mean, sd } = scale === 'standard' ? meanAndSd(transformed) : { mean: 0, sd: 1 };
		return { name: feature.name, role, log, median, mean, sd };
	});
	const categorical = (input.categorical ?? []).map((feature): CategoryTransform => ({
		name: feature.name,
		levels: [...new Set(feature.values)].sort(),
		weight: feature.weight ?? 1
	}));
	const transform: FeatureTransform = {
		scale,
		numeric,
		categorical,
		columns: featureColumns(numeric, categorical)
	};
	return { matrix: fillMatrix(transform, input, rows), transform, missing };
}

/** The feature matrix of new rows under a fitted transform (unseen levels give all zeros). */
export function applyFeatures(transform: FeatureTransform, input: FeatureInput): FlatMatrix {
	if (input.numeric.length !== transform.numeric.length) {
		throw new RangeError('applyFeatures: numeric columns differ from the fitted ones');
	}
	if ((input.categorical ?? []).length !== transform.categorical.length) {
		throw new RangeError('applyFeatures: categorical columns differ from the fitted ones');
	}
	return fillMatrix(transform, input, rowCount(input));
}

/**
 * Rows of the feature space (e.g. centres) back in original units: numeric columns unscaled and
 * un-logged (for a logged column the mean of logs comes back as a geometric-type mean, nearer the
 * typical customer than the arithmetic mean), one-hot columns as the share of the level (0–1).
 */
export function toOriginalUnits(transform: FeatureTransform, points: FlatMatrix): FlatMatrix {
	const { rows, cols } = points;
	const out = new Float64Array(points.data.length);
	for (let row = 0; row < rows; row++) {
		for (let col = 0; col < cols; col++) {
			const value = points.data[row * cols + col];
			out[row * cols + col] =
				col < transform.numeric.length
					? unprepare(transform.numeric[col], value)
					: value / categoryWeightOf(transform, col);
		}
	}
	return { data: out, rows, cols };
}

/** The first rows of the feature matrix with column names, for a preview table. */
export function featurePreview(
	features: FeatureMatrix,
	rowLimit = 10
): { columns: string[]; rows: number[][] } {
	const { data, rows, cols } = features.matrix;
	const shown = Math.min(rows, rowLimit);
	return {
		columns: features.transform.columns.map((column) => column.name),
		rows: Array.from({ length: shown }, (_, row) =>
			Array.from(data.subarray(row * cols, (row + 1) * cols))
		)
	};
}

/** Fills the matrix: imputed, logged and scaled numeric columns, then weighted one-hot columns. */
function fillMatrix(transform: FeatureTransform, input: FeatureInput, rows: number): FlatMatrix {
	const cols = transform.columns.length;
	const data = new Float64Array(rows * cols);
	transform.numeric.forEach((column, col) => {
		const values = input.numeric[col].values;
		// A constant column carries no information: all zeros (StandardScaler gives x − mean = 0).
		if (!(column.sd > 0)) return;
		for (let row = 0; row < rows; row++) {
			const value = prepare(values[row], column.median, column.log);
			data[row * cols + col] = (value - column.mean) / column.sd;
		}
	});
	let col = transform.numeric.length;
	transform.categorical.forEach((column, index) => {
		const values = (input.categorical ?? [])[index].values;
		const levelColumn = new Map(column.levels.map((level, offset) => [level, col + offset]));
		for (let row = 0; row < rows; row++) {
			const target = levelColumn.get(values[row]);
			if (target !== undefined) data[row * cols + target] = column.weight;
		}
		col += column.levels.length;
	});
	return { data, rows, cols };
}

/** Imputes a missing value with the median, then applies the signed log1p if asked. */
function prepare(value: number, median: number, log: boolean): number {
	const present = Number.isFinite(value) ? value : median;
	// Signed so refunds (negative money) stay finite: sign(x) · ln(1 + |x|).
	return log ? Math.sign(present) * Math.log1p(Math.abs(present)) : present;
}

/** The inverse of scaling and prepare (imputation cannot be undone). */
function unprepare(column: NumericTransform, scaled: number): number {
	const value = column.sd > 0 ? scaled * column.sd + column.mean : column.mean;
	return column.log ? Math.sign(value) * Math.expm1(Math.abs(value)) : value;
}

/** The weight of the categorical column owning matrix column `col`. */
function categoryWeightOf(transform: FeatureTransform, col: number): number {
	let start = transform.numeric.length;
	for (const column of transform.categorical) {
		if (col < start + column.levels.length) return column.weight !== 0 ? column.weight : 1;
		start += column.levels.length;
	}
	throw new RangeError(`toOriginalUnits: no column ${col}`);
}

/** The median of the finite values (mean of the middle two for an even count); 0 if none. */
function presentMedian(values: Float64Array): { median: number; missingCount: number } {
	const present = values.filter(Number.isFinite).sort();
	const missingCount = values.length - present.length;
	// A column with no values at all becomes constant 0, hence a zero column after scaling.
	if (present.length === 0) return { median: 0, missingCount };
	const middle = present.length >> 1;
	const median =
		present.length % 2 === 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
	return { median, missingCount };
}

/** Mean and population standard deviation; sd 0 when the spread is only rounding noise. */
function meanAndSd(values: Float64Array): { mean: number; sd: number } {
	const n = values.length;
	if (n === 0) return { mean: 0, sd: 0 };
	let sum = 0;
	for (const value of values) sum += value;
	const mean = sum / n;
	let squares = 0;
	for (const value of values) squares += (value - mean) * (value - mean);
	const sd = Math.sqrt(squares / n);
	// Summing n copies of one value can leave the mean an ulp off, giving a tiny non-zero sd.
	return { mean, sd: sd <= 1e-12 * Math.abs(mean) ? 0 : sd };
}

/** The matrix columns described by the fitted transforms. */
function featureColumns(
	numeric: readonly NumericTransform[],
	categorical: readonly CategoryTransform[]
): FeatureColumn[] {
	return [
		...numeric.map((column): FeatureColumn => ({
			name: column.name,
			kind: 'numeric',
			feature: column.name,
			role: column.role
		})),
		...categorical.flatMap((column) =>
			column.levels.map((level): FeatureColumn => ({
				name: `${column.name}=${level}`,
				kind: 'category',
				feature: column.name,
				level,
				role: 'other'
			}))
		)
	];
}

/** The common length of all input columns. */
function rowCount(input: FeatureInput): number {
	const lengths = [
		...input.numeric.map((column) => column.values.length),
		...(input.categorical ?? []).map((column) => column.values.length)
	];
	if (lengths.length === 0) throw new RangeError('buildFeatures: no columns');
	if (lengths.some((length) => length !== lengths[0])) {
		throw new RangeError('buildFeatures: columns have different lengths');
	}
	return lengths[0];
}
