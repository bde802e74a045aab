/**
 * Fields a scheme or rule can read per customer, as columns aligned with the measures'
 * customer ids: measures ('recencyDays'), RFM scores ('rScore'), customer record fields
 * ('id', 'region', 'creditLimit'), the derived 'age' (analysis year − birth year), custom columns
 * ('custom:会员等级') and the class id of an earlier scheme ('segment:lifecycle').
 */

import { partsFromDay } from '../days';
import { CUSTOMER_NUMBER_FIELDS, CUSTOMER_TEXT_FIELDS, type Customer } from '../model';
import type { ClassIndex, SegmentClass } from './classes';
import type { CustomerMeasures } from './measures';
import type { RfmScores } from './rfm-scores';

/** A field's values: numbers (NaN where missing) or strings (undefined where missing). */
export type FieldColumn =
	{ kind: 'number'; values: Float64Array } | { kind: 'string'; values: (string | undefined)[] };

/** What fields are read from: measures, aligned records, and optionally scores and schemes. */
export interface FieldSource {
	measures: CustomerMeasures;
	records: readonly (Customer | undefined)[];
	scores?: RfmScores;
	schemes?: readonly { schemeId: string; classes: SegmentClass[]; classIndex: ClassIndex }[];
	/** Further numeric columns by name, aligned with the measures (e.g. predicted value: 'clv'). */
	extra?: Readonly<Record<string, Float64Array>>;
}

export const MEASURE_FIELDS = [
	'orders',
	'grossValue',
	'netValue',
	'averageOrderValue',
	'returns',
	'returnValue',
	'cancellations',
	'recencyDays',
	'tenureDays',
	'medianGapDays',
	'profit',
	'firstDay',
	'lastDay'
] as const satisfies readonly (keyof CustomerMeasures)[];

export const SCORE_FIELDS = ['rScore', 'fScore', 'mScore'] as const;

/** Text fields of the customer record (the data model's list, plus the name). */
export const CATEGORICAL_RECORD_FIELDS = [...CUSTOMER_TEXT_FIELDS, 'name'] as const;

/** Numeric fields of the customer record. */
export const NUMERIC_RECORD_FIELDS = CUSTOMER_NUMBER_FIELDS;

const CUSTOM_PREFIX = 'custom:';
const SEGMENT_PREFIX = 'segment:';

function includes<T extends string>(list: readonly T[], name: string): name is T {
	return (list as readonly string[]).includes(name);
}

function recordNumbers(source: FieldSource, read: (customer: Customer) => unknown): Float64Array {
	return Float64Array.from(source.records, (customer) => {
		const value = customer ? read(customer) : undefined;
		return typeof value === 'number' ? value : NaN;
	});
}

function recordStrings(source: FieldSource, read: (customer: Customer) => unknown) {
	return source.records.map((customer) => {
		const value = customer ? read(customer) : undefined;
		if (value === undefined || value === null) return undefined;
		const text = String(value).trim();
		return text === '' ? undefined : text;
	});
}

/** The custom column's values: numbers when every recorded value is a number, else strings. */
function customColumn(source: FieldSource, key: string): FieldColumn {
	const read = (customer: Customer) => customer.custom?.[key];
	const numeric = source.records.every((customer) => {
		const value = customer ? read(customer) : undefined;
		return value === undefined || typeof value === 'number';
	});
	return numeric
		? { kind: 'number', values: recordNumbers(source, read) }
		: { kind: 'string', values: recordStrings(source, read) };
}

/** The column of a field by name, or undefined when no such field exists. */
export function fieldColumn(source: FieldSource, name: string): FieldColumn | undefined {
	const { measures } = source;
	if (name === 'id') return { kind: 'string', values: [...measures.customerIds] };
	const extra = source.extra?.[name];
	if (extra) return { kind: 'number', values: Float64Array.from(extra) };
	if (includes(MEASURE_FIELDS, name)) {
		return { kind: 'number', values: Float64Array.from(measures[name]) };
	}
	if (includes(SCORE_FIELDS, name)) {
		if (!source.scores) return undefined;
		const scores = { rScore: 'recency', fScore: 'frequency', mScore: 'monetary' } as const;
		const values = source.scores[scores[name]];
		return { kind: 'number', values: Float64Array.from(values, (s) => (s === 0 ? NaN : s)) };
	}
	if (includes(CATEGORICAL_RECORD_FIELDS, name)) {
		return { kind: 'string', values: recordStrings(source, (customer) => customer[name]) };
	}
	if (includes(NUMERIC_RECORD_FIELDS, name)) {
		return { kind: 'number', values: recordNumbers(source, (customer) => customer[name]) };
	}
	if (name === 'age') {
		const year = partsFromDay(measures.analysisDay).year;
		const birthYears = recordNumbers(source, (customer) => customer.birthYear);
		return { kind: 'number', values: birthYears.map((birthYear) => year - birthYear) };
	}
	if (name.startsWith(CUSTOM_PREFIX)) return customColumn(source, name.slice(CUSTOM_PREFIX.length));
	if (name.startsWith(SEGMENT_PREFIX)) {
		const scheme = source.schemes?.find((s) => s.schemeId === name.slice(SEGMENT_PREFIX.length));
		if (!scheme) return undefined;
		return { kind: 'string', values: Array.from(scheme.classIndex, (k) => scheme.classes[k].id) };
	}
	return undefined;
}

/** The record fields and custom columns that at least one customer has, with their kind. */
export function recordedFields(
	records: readonly (Customer | undefined)[]
): { field: string; kind: FieldColumn['kind'] }[] {
	const found = new Map<string, FieldColumn['kind']>();
	const note = (field: string, value: unknown) => {
		if (value === undefined || value === null || value === '') return;
		const kind = typeof value === 'number' ? 'number' : 'string';
		const before = found.get(field);
		found.set(field, before === 'string' || kind === 'string' ? 'string' : 'number');
	};
	for (const customer of records) {
		if (!customer) continue;
		for (const field of CATEGORICAL_RECORD_FIELDS) note(field, customer[field]);
		for (const field of NUMERIC_RECORD_FIELDS) note(field, customer[field]);
		for (const [key, value] of Object.entries(customer.custom ?? {})) {
			note(CUSTOM_PREFIX + key, value);
		}
	}
	if (found.has('birthYear')) found.set('age', 'number');
	return [...found].map(([field, kind]) => ({ field, kind }));
}
