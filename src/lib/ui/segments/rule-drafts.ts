/** Turning what a person types into rule conditions, and back, for the rule editor. */

import type { RuleCondition, RuleValue } from '$lib/core/segments/custom-rules';

export type RuleOp = RuleCondition['op'];
export const RULE_OPS: readonly RuleOp[] = [
	'<',
	'<=',
	'>',
	'>=',
	'=',
	'!=',
	'between',
	'in',
	'contains'
];

/** A condition as typed: the value(s) as text. */
export interface ConditionDraft {
	field: string;
	op: RuleOp;
	value: string;
	max: string;
}

const asValue = (text: string, numeric: boolean): RuleValue => {
	const trimmed = text.trim();
	return numeric && trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** The condition for a draft; numbers where the field is numeric. NaN limits never match. */
export function conditionFromDraft(draft: ConditionDraft, numeric: boolean): RuleCondition {
	const { field, op } = draft;
	switch (op) {
		case 'between':
			return { field, op, min: Number(draft.value), max: Number(draft.max) };
		case 'in':
			return {
				field,
				op,
				values: draft.value
					.split(/[,，、]/)
					.map((part) => asValue(part, numeric))
					.filter((part) => part !== '')
			};
		case 'contains':
			return { field, op, value: draft.value.trim() };
		case '=':
		case '!=':
			return { field, op, value: asValue(draft.value, numeric) };
		default:
			return { field, op, value: Number(draft.value) };
	}
}

/** The draft showing a condition. */
export function draftFromCondition(condition: RuleCondition): ConditionDraft {
	switch (condition.op) {
		case 'between':
			return {
				field: condition.field,
				op: condition.op,
				value: String(condition.min),
				max: String(condition.max)
			};
		case 'in':
			return {
				field: condition.field,
				op: condition.op,
				value: condition.values.join(', '),
				max: ''
			};
		default:
			return { field: condition.field, op: condition.op, value: String(condition.value), max: '' };
	}
}
