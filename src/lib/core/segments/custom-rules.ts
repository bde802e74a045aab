/**
 * Custom rules (自定义规则): an ordered list of rules, each an AND of conditions over any
 * field (see `fields.ts`); the first matching rule gives the class, customers matching none go to
 * 'others'. A condition on a missing value never matches (not even '!='), and a rule without
 * conditions matches everyone. Reported: customers matched by each pair of rules (overlaps),
 * rules that never match, rules that match but always lose to an earlier one, unknown fields.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { newClassIndex } from './classes';
import type { FieldColumn, FieldSource } from './fields';
import { fieldColumn } from './fields';

export type RuleValue = number | string;

export type RuleCondition =
	| { field: string; op: '<' | '<=' | '>' | '>='; value: number }
	| { field: string; op: '=' | '!='; value: RuleValue }
	| { field: string; op: 'between'; min: number; max: number }
	| { field: string; op: 'in'; values: RuleValue[] }
	| { field: string; op: 'contains'; value: string };

export interface SegmentRule {
	/** The class id: unique in the set, not 'others'. */
	id: string;
	en: string;
	zh: string;
	/** All must hold (AND). */
	conditions: RuleCondition[];
}

export interface CustomRuleSet {
	/** The scheme id is `custom:<id>`. */
	id: string;
	rules: SegmentRule[];
	others: { en: string; zh: string };
}

export const OTHERS_ID = 'others';

/** How many customers two rules both match (rules by id). */
export interface RuleOverlap {
	first: string;
	second: string;
	customers: number;
}

export interface CustomRulesScheme extends SchemeBase {
	kind: 'custom';
	/** Per rule, in order: customers it matches regardless of order, and customers it classifies. */
	matches: number[];
	wins: number[];
	overlaps: RuleOverlap[];
	/** Rule ids that match nobody, and that match only customers an earlier rule took. */
	neverMatching: string[];
	shadowed: string[];
	/** Fields named by a condition that the data does not have (those conditions never match). */
	unknownFields: string[];
}

/** Problems that stop a rule set from running: empty, duplicate or reserved rule ids. */
export function ruleSetProblems(set: CustomRuleSet): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const rule of set.rules) {
		if (rule.id.trim() === '') problems.push('a rule has an empty id');
		else if (rule.id === OTHERS_ID) problems.push(`rule id '${OTHERS_ID}' is reserved`);
		else if (seen.has(rule.id)) problems.push(`rule id '${rule.id}' is used twice`);
		seen.add(rule.id);
	}
	return problems;
}

/** A number from a rule value, NaN when it is not one. */
function asNumber(value: RuleValue): number {
	if (typeof value === 'number') return value;
	return value.trim() === '' ? NaN : Number(value);
}

/** Whether one present value satisfies the condition (numbers compare as numbers). */
function test(condition: RuleCondition, value: number | string): boolean {
	switch (condition.op) {
		case 'contains':
			return String(value).toLowerCase().includes(condition.value.toLowerCase());
		case 'in':
			return condition.values.some((item) => equal(value, item));
		case '=':
			return equal(value, condition.value);
		case '!=':
			return !equal(value, condition.value);
		case 'between': {
			const number = asNumber(value);
			return number >= condition.min && number <= condition.max;
		}
		default: {
			const number = asNumber(value);
			const limit = condition.value;
			if (condition.op === '<') return number < limit;
			if (condition.op === '<=') return number <= limit;
			if (condition.op === '>') return number > limit;
			return number >= limit;
		}
	}
}

function equal(value: number | string, target: RuleValue): boolean {
	if (typeof value === 'number') return value === asNumber(target);
	return value === String(target);
}

/** Customers (0/1 per customer) for whom the condition holds on the column. */
function conditionMask(condition: RuleCondition, column: FieldColumn): Uint8Array {
	const mask = new Uint8Array(column.values.length);
	if (column.kind === 'number') {
		column.values.forEach((value, i) => {
			if (!Number.isNaN(value) && test(condition, value)) mask[i] = 1;
		});
	} else {
		column.values.forEach((value, i) => {
			if (value !== undefined && test(condition, value)) mask[i] = 1;
		});
	}
	return mask;
}

/** Each customer's class under an ordered rule set, with overlap and gap reports. */
export function customRulesScheme(source: FieldSource, set: CustomRuleSet): CustomRulesScheme {
	const problems = ruleSetProblems(set);
	if (problems.length > 0) throw new RangeError(`rule set '${set.id}': ${problems.join('; ')}`);
	const n = source.measures.customerIds.length;
	const columns = new Map<string, FieldColumn | undefined>();
	const unknownFields = new Set<string>();
	const ruleMasks = set.rules.map((rule) => {
		const mask = new Uint8Array(n).fill(1);
		for (const condition of rule.conditions) {
			if (!columns.has(condition.field)) {
				columns.set(condition.field, fieldColumn(source, condition.field));
			}
			const column = columns.get(condition.field);
			if (!column) {
				unknownFields.add(condition.field);
				mask.fill(0);
				continue;
			}
			const holds = conditionMask(condition, column);
			for (let i = 0; i < n; i++) mask[i] &= holds[i];
		}
		return mask;
	});

	const others = set.rules.length;
	const classIndex = newClassIndex(n, others + 1);
	const wins = new Array<number>(others + 1).fill(0);
	for (let i = 0; i < n; i++) {
		let k = 0;
		while (k < others && !ruleMasks[k][i]) k++;
		classIndex[i] = k;
		wins[k]++;
	}
	const matches = ruleMasks.map((mask) => mask.reduce((sum, bit) => sum + bit, 0));
	const overlaps: RuleOverlap[] = [];
	for (let a = 0; a < others; a++) {
		for (let b = a + 1; b < others; b++) {
			let customers = 0;
			for (let i = 0; i < n; i++) customers += ruleMasks[a][i] & ruleMasks[b][i];
			if (customers > 0) {
				overlaps.push({ first: set.rules[a].id, second: set.rules[b].id, customers });
			}
		}
	}
	const classes: SegmentClass[] = [
		...set.rules.map(({ id, en, zh }) => ({ id, en, zh })),
		{ id: OTHERS_ID, en: set.others.en, zh: set.others.zh }
	];
	return {
		kind: 'custom',
		schemeId: `custom:${set.id}`,
		available: true,
		missingFields: [],
		classes,
		classIndex,
		matches,
		wins: wins.slice(0, others),
		overlaps,
		neverMatching: set.rules.filter((_, k) => matches[k] === 0).map((rule) => rule.id),
		shadowed: set.rules.filter((_, k) => matches[k] > 0 && wins[k] === 0).map((rule) => rule.id),
		unknownFields: [...unknownFields]
	};
}
