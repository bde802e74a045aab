/**
 * A custom rule set as SQL, with the semantics of `segments/custom-rules.ts`: the first rule
 * whose conditions all hold gives the class, else 'others'; a condition on a missing value
 * (NULL) never holds, not even '!='; a condition on a field the query cannot read never holds.
 */

import type { CustomRuleSet, RuleCondition, RuleValue } from '../segments/custom-rules';
import { OTHERS_ID } from '../segments/custom-rules';
import {
	CATEGORICAL_RECORD_FIELDS,
	MEASURE_FIELDS,
	NUMERIC_RECORD_FIELDS,
	SCORE_FIELDS
} from '../segments/fields';
import { doubleLiteral, stringLiteral, type Dialect } from './dialect';
import { caseWhen, type SqlContext, type SqlStep } from './step';

export type FieldKind = 'number' | 'string';

/** A field as a typed SQL expression over `p`. */
interface SqlField {
	kind: FieldKind;
	expr: string;
}

/** Where the rules read what is not a standard field. */
export interface RuleFieldSources {
	/** The class-id column (over `p`) of a scheme computed earlier in the query. */
	classColumn(schemeId: string): string | undefined;
	/** The kind of a custom column ('custom:<key>') as the data has it. */
	customKinds: Readonly<Record<string, FieldKind>>;
}

const MEASURE_COLUMNS: Record<(typeof MEASURE_FIELDS)[number], string> = {
	orders: 'p.orders',
	grossValue: 'p.gross_value',
	netValue: 'p.net_value',
	averageOrderValue: 'p.average_order_value',
	returns: 'p.returns',
	returnValue: 'p.return_value',
	cancellations: 'p.cancellations',
	recencyDays: 'p.recency_days',
	tenureDays: 'p.tenure_days',
	medianGapDays: 'p.median_gap_days',
	// The orders table has no cost, so profit is unknown for everyone (as without costs).
	profit: 'NULL',
	firstDay: 'p.first_day',
	lastDay: 'p.last_day'
};

const SCORE_COLUMNS: Record<(typeof SCORE_FIELDS)[number], string> = {
	rScore: 'p.r_score',
	fScore: 'p.f_score',
	mScore: 'p.m_score'
};

function isOneOf<T extends string>(list: readonly T[], name: string): name is T {
	return (list as readonly string[]).includes(name);
}

/** The field of a name, in the order `fieldColumn` looks names up; undefined when unknown. */
function sqlField(
	ctx: SqlContext,
	sources: RuleFieldSources,
	name: string,
	guess: FieldKind
): SqlField | undefined {
	const number = (expr: string): SqlField => ({
		kind: 'number',
		expr: `CAST(${expr} AS ${ctx.dialect.double})`
	});
	if (name === 'id') return { kind: 'string', expr: 'p.customer_id' };
	if (isOneOf(MEASURE_FIELDS, name)) return number(MEASURE_COLUMNS[name]);
	if (isOneOf(SCORE_FIELDS, name)) return number(SCORE_COLUMNS[name]);
	if (isOneOf(CATEGORICAL_RECORD_FIELDS, name)) return { kind: 'string', expr: ctx.record(name) };
	if (isOneOf(NUMERIC_RECORD_FIELDS, name)) return { kind: 'number', expr: ctx.record(name) };
	if (name === 'age') return number(`p.analysis_year - ${ctx.record('birthYear')}`);
	if (name.startsWith('custom:')) {
		const kind = sources.customKinds[name] ?? guess;
		return { kind, expr: ctx.record(name, kind) };
	}
	if (name.startsWith('segment:')) {
		const column = sources.classColumn(name.slice('segment:'.length));
		return column ? { kind: 'string', expr: column } : undefined;
	}
	return undefined;
}

/** A rule value as a number, NaN when it is not one (`asNumber`). */
function asNumber(value: RuleValue): number {
	if (typeof value === 'number') return value;
	return value.trim() === '' ? NaN : Number(value);
}

/** The condition's number literal, or undefined when the value is no finite number. */
function numberLiteral(dialect: Dialect, value: RuleValue): string | undefined {
	const number = asNumber(value);
	return Number.isFinite(number) ? doubleLiteral(dialect, number) : undefined;
}

/** The condition as a SQL predicate over one present-or-NULL field. */
function conditionSql(dialect: Dialect, condition: RuleCondition, field: SqlField): string {
	const { expr, kind } = field;
	const text = (value: RuleValue) => stringLiteral(dialect, String(value));
	// A string field read as a number where the condition compares numbers (`asNumber`).
	const numeric = kind === 'number' ? expr : dialect.tryNumber(expr);
	switch (condition.op) {
		case 'contains':
			return `STRPOS(LOWER(CAST(${expr} AS ${dialect.text})), ${text(condition.value.toLowerCase())}) > 0`;
		case 'between': {
			const [min, max] = [
				numberLiteral(dialect, condition.min),
				numberLiteral(dialect, condition.max)
			];
			return min && max ? `${numeric} >= ${min} AND ${numeric} <= ${max}` : 'FALSE';
		}
		case '<':
		case '<=':
		case '>':
		case '>=': {
			const limit = numberLiteral(dialect, condition.value);
			return limit ? `${numeric} ${condition.op} ${limit}` : 'FALSE';
		}
		default:
			break;
	}
	const targets = condition.op === 'in' ? condition.values : [condition.value];
	const literals =
		kind === 'number'
			? targets.flatMap((value) => numberLiteral(dialect, value) ?? [])
			: targets.map(text);
	if (condition.op === '!=') {
		return literals.length > 0 ? `${expr} <> ${literals[0]}` : `${expr} IS NOT NULL`;
	}
	return literals.length > 0 ? `${expr} IN (${literals.join(', ')})` : 'FALSE';
}

/** The kind a custom column is read as when the data's kind is not known: from the condition. */
function guessedKind(condition: RuleCondition): FieldKind {
	if (condition.op === 'contains') return 'string';
	if (condition.op === 'in')
		return condition.values.every((v) => typeof v === 'number') ? 'number' : 'string';
	if (condition.op === 'between') return 'number';
	return typeof condition.value === 'number' ? 'number' : 'string';
}

/** The rule set's step: one CASE, rules in order. */
export function customRulesSql(
	ctx: SqlContext,
	set: CustomRuleSet,
	sources: RuleFieldSources
): SqlStep {
	const unread = new Set<string>();
	const branches = set.rules.map((rule): [string, string] => {
		const predicates = rule.conditions.map((condition) => {
			const field = sqlField(ctx, sources, condition.field, guessedKind(condition));
			if (!field) unread.add(condition.field);
			return field ? `(${conditionSql(ctx.dialect, condition, field)})` : 'FALSE';
		});
		return [
			predicates.length > 0 ? predicates.join(' AND ') : 'TRUE',
			stringLiteral(ctx.dialect, rule.id)
		];
	});
	return {
		classId: caseWhen(branches, stringLiteral(ctx.dialect, OTHERS_ID)),
		notes:
			unread.size > 0
				? [
						`Rule set ${set.id}: conditions on ${[...unread].join(', ')} never hold here (the query cannot read them).`
					]
				: []
	};
}
