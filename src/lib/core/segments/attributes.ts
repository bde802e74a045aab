/**
 * Attribute schemes (特征): one class per value of a customer column.
 * - Text columns: each distinct value is a class, most frequent first; values held by fewer
 *   than `minShare` of the customers, or beyond the `maxValues` most frequent, go to 'other';
 *   missing values go to 'unknown'.
 * - Number columns are binned. 'quantile': edges at the j/bins quantiles, without
 *   duplicates or an edge at the largest value; a value belongs to band 1 + (number of edges
 *   strictly below it), so bands are (lo, hi] and equal values share a band. 'fixed': the given
 *   ascending edges, bands [lo, hi) (e.g. age edges 25, 35 give < 25, 25–34, ≥ 35). 'auto' is
 *   fixed age bands (25/35/45/55/65) for 'age' and quartiles otherwise.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { newClassIndex, unavailableScheme } from './classes';
import type { FieldColumn, FieldSource } from './fields';
import { fieldColumn } from './fields';
import { countAtOrBelow, countBelow, quantileSorted, sortedFinite } from './stats';
import { withDefaults } from './with-defaults';

export interface AttributeSettings {
	/** A field name as `fieldColumn` reads it: 'region', 'age', 'custom:会员等级', … */
	field: string;
	binning: 'auto' | 'quantile' | 'fixed';
	/** Number of quantile bands. */
	bins: number;
	/** Ascending edges for fixed bands. */
	edges: number[];
	/** Values held by fewer than this share (0–1) of the customers go to 'other'. */
	minShare: number;
	/** At most this many values keep their own class. */
	maxValues: number;
}

export const DEFAULT_AGE_EDGES: readonly number[] = [25, 35, 45, 55, 65];

/** Attribute settings for a field with the defaults. */
export function attributeSettings(field: string, overrides: Partial<AttributeSettings> = {}) {
	const defaults: AttributeSettings = {
		field,
		binning: 'auto',
		bins: 4,
		edges: [],
		minShare: 0.01,
		maxValues: 12
	};
	return withDefaults(defaults, overrides);
}

/** A numeric band: values v with min < v ≤ max (quantile) or min ≤ v < max (fixed). */
export interface AttributeBand {
	classId: string;
	min: number;
	max: number;
	includeMin: boolean;
	includeMax: boolean;
}

export interface AttributeScheme extends SchemeBase {
	kind: 'attribute';
	field: string;
	fieldKind: FieldColumn['kind'] | 'missing';
	/** The numeric bands (empty for a text column). */
	bands: AttributeBand[];
}

export const OTHER_CLASS: SegmentClass = { id: 'other', en: 'Other', zh: '其他' };
export const UNKNOWN_CLASS: SegmentClass = { id: 'unknown', en: 'Unknown', zh: '未知' };

/** A number for a label: integers as they are, others to two decimals. */
function formatEdge(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** Classes for text values: frequent values, then 'other', then 'unknown'. */
function textClasses(values: readonly (string | undefined)[], settings: AttributeSettings) {
	const counts = new Map<string, number>();
	for (const value of values)
		if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
	const minCount = settings.minShare * values.length;
	const kept = [...counts]
		.filter(([, count]) => count >= minCount)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.slice(0, Math.max(0, settings.maxValues))
		.map(([value]) => value);
	const classes: SegmentClass[] = kept.map((value) => ({ id: `v:${value}`, en: value, zh: value }));
	const position = new Map(kept.map((value, k) => [value, k]));
	const hasOther = kept.length < counts.size;
	const other = classes.length;
	if (hasOther) classes.push(OTHER_CLASS);
	const unknown = classes.length;
	if (values.includes(undefined)) classes.push(UNKNOWN_CLASS);
	const classIndex = newClassIndex(values.length, classes.length);
	values.forEach((value, i) => {
		classIndex[i] = value === undefined ? unknown : (position.get(value) ?? other);
	});
	return { classes, classIndex };
}

/** The edges for a number column under the settings. */
function bandEdges(
	values: Float64Array,
	settings: AttributeSettings
): { edges: number[]; fixed: boolean } {
	const fixed =
		settings.binning === 'fixed' || (settings.binning === 'auto' && settings.field === 'age');
	if (fixed) {
		const edges = settings.edges.length > 0 ? settings.edges : DEFAULT_AGE_EDGES;
		return { edges: [...new Set(edges)].sort((a, b) => a - b), fixed };
	}
	const bins = Math.max(1, Math.floor(settings.bins));
	const probabilities = Array.from({ length: bins - 1 }, (_, j) => (j + 1) / bins);
	const sorted = sortedFinite(values);
	const largest = sorted[sorted.length - 1];
	// An edge at the largest value would leave the band above it empty.
	const edges = probabilities.map((p) => quantileSorted(sorted, p)).filter((e) => e < largest);
	return { edges: [...new Set(edges)], fixed };
}

/** Classes for a number column: one per band, then 'unknown'. */
function numberClasses(values: Float64Array, settings: AttributeSettings) {
	const { edges, fixed } = bandEdges(values, settings);
	const bands: AttributeBand[] = [];
	const classes: SegmentClass[] = [];
	for (let k = 0; k <= edges.length; k++) {
		const min = k === 0 ? -Infinity : edges[k - 1];
		const max = k === edges.length ? Infinity : edges[k];
		// Open-ended first and last bands; a column of one repeated value has a single band.
		const label =
			edges.length === 0
				? undefined
				: k === 0
					? `${fixed ? '<' : '≤'} ${formatEdge(max)}`
					: k === edges.length
						? `${fixed ? '≥' : '>'} ${formatEdge(min)}`
						: `${formatEdge(min)} – ${formatEdge(max)}`;
		const classId = `band:${k + 1}`;
		bands.push({ classId, min, max, includeMin: fixed, includeMax: !fixed });
		classes.push({ id: classId, en: label ?? 'All', zh: label ?? '全部' });
	}
	const unknown = classes.length;
	const classIndex = newClassIndex(values.length, classes.length + 1);
	let missing = false;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (Number.isNaN(value)) {
			classIndex[i] = unknown;
			missing = true;
		} else {
			// Fixed bands are [lo, hi): count edges ≤ value; quantile bands (lo, hi]: edges < value.
			classIndex[i] = fixed ? countAtOrBelow(edges, value) : countBelow(edges, value);
		}
	}
	if (missing) classes.push(UNKNOWN_CLASS);
	return { classes, classIndex, bands };
}

/** The attribute scheme of one customer field; unavailable when no customer has the field. */
export function attributeScheme(source: FieldSource, settings: AttributeSettings): AttributeScheme {
	const n = source.measures.customerIds.length;
	const schemeId = `attribute:${settings.field}`;
	const column = fieldColumn(source, settings.field);
	const recorded =
		column &&
		(column.kind === 'number'
			? column.values.some((value) => !Number.isNaN(value))
			: column.values.some((value) => value !== undefined));
	if (!column || !recorded) {
		return {
			...unavailableScheme(schemeId, n, [settings.field]),
			kind: 'attribute',
			field: settings.field,
			fieldKind: 'missing',
			bands: []
		};
	}
	const result =
		column.kind === 'number'
			? numberClasses(column.values, settings)
			: { ...textClasses(column.values, settings), bands: [] };
	return {
		kind: 'attribute',
		schemeId,
		available: true,
		missingFields: [],
		classes: result.classes,
		classIndex: result.classIndex,
		field: settings.field,
		fieldKind: column.kind,
		bands: result.bands
	};
}
