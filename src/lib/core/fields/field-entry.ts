/** What the field registry says about one customer field or measure. */

import type { MessageKey } from '../../i18n/messages/en';
import type { FieldKind } from '../field-kind';
import type { FieldKey } from '../import/fields';

/** Where a field's values come from. */
export type FieldSource =
	/** A property of the customer record (`Customer`). */
	| 'record'
	/** Worked out from a record field on the analysis day (age from the birth year). */
	| 'derived'
	/** A measure of the customer's orders (`CustomerMeasures`). */
	| 'measure'
	/** An RFM score 1–5. */
	| 'score'
	/** Predicted value from the CLV fit. */
	| 'predicted';

/** What a measure says about a customer when clusters are named after it. */
export type FieldRole = 'recency' | 'frequency' | 'tenure' | 'monetary';

export interface FieldEntry {
	/** The name code and settings use ('region', 'netValue', 'clv'). */
	field: string;
	kind: FieldKind;
	source: FieldSource;
	labelKey: MessageKey;
	/**
	 * The import target that fills it, header names (any case or spacing) that suggest it, and
	 * the record property it is stored in when that is not the field itself.
	 */
	import?: { key: FieldKey; aliases: readonly string[]; storedAs?: string };
	role?: FieldRole;
	/** Offered as a clustering feature; by default numbers, amounts, shares and categories are. */
	clustering?: boolean;
}
