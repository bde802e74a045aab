/**
 * How much a list field costs to read: record fields come with the stored customers alone;
 * measures need every order; scores, predicted value and segments need the whole segmentation.
 */

import { PREDICTED_FIELDS } from '../predicted-fields';
import { CATEGORICAL_RECORD_FIELDS, NUMERIC_RECORD_FIELDS, SCORE_FIELDS } from '../segments/fields';

export type TableLevel = 'records' | 'measures' | 'full';

const RECORD_FIELDS: readonly string[] = [
	'id',
	...CATEGORICAL_RECORD_FIELDS,
	...NUMERIC_RECORD_FIELDS
];
const FULL_FIELDS: readonly string[] = [...SCORE_FIELDS, ...PREDICTED_FIELDS];

/** The cheapest level that has a field (custom columns and age come with the measures). */
export function fieldLevel(field: string): TableLevel {
	if (RECORD_FIELDS.includes(field)) return 'records';
	if (field.startsWith('segment:') || FULL_FIELDS.includes(field)) return 'full';
	return 'measures';
}

const RANK: Record<TableLevel, number> = { records: 0, measures: 1, full: 2 };

/** The more expensive of two levels. */
export const higherLevel = (a: TableLevel, b: TableLevel): TableLevel =>
	RANK[a] >= RANK[b] ? a : b;

/** Whether a table of `level` has the field. */
export const levelHas = (level: TableLevel, field: string): boolean =>
	RANK[level] >= RANK[fieldLevel(field)];
