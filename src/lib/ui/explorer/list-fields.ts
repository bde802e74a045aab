/** The fields the customer list can filter and sort by, grouped as the pickers show them. */

import {
	CATEGORICAL_RECORD_FIELDS,
	MEASURE_FIELDS,
	NUMERIC_RECORD_FIELDS,
	SCORE_FIELDS
} from '$lib/core/segments/fields';
import { PREDICTED_FIELDS } from '$lib/core/predicted-fields';
import type { MessageKey } from '$lib/i18n/translate';

export interface FieldGroup {
	label: MessageKey;
	numeric: boolean;
	fields: readonly string[];
}

/** Customer fields, measures, scores and predicted value, each group numeric or text. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
	{ label: 'explorer.fields.text', numeric: false, fields: ['id', ...CATEGORICAL_RECORD_FIELDS] },
	{ label: 'explorer.fields.numbers', numeric: true, fields: [...NUMERIC_RECORD_FIELDS, 'age'] },
	{ label: 'explorer.fields.measures', numeric: true, fields: MEASURE_FIELDS },
	{ label: 'explorer.fields.scores', numeric: true, fields: SCORE_FIELDS },
	{ label: 'explorer.fields.predicted', numeric: true, fields: PREDICTED_FIELDS }
];

/** Whether a field holds numbers (segments and record text do not). */
export function isNumericField(field: string): boolean {
	return FIELD_GROUPS.some((group) => group.numeric && group.fields.includes(field));
}
