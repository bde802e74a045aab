/**
 * Credit risk (风险): high / general / low from the customer's credit fields, first match wins:
 * - high: overdue days > `highOverdueDays`, or overdue count ≥ `highOverdueCount`, or limit use
 *   (balance owed / credit limit) ≥ `highLimitUse`;
 * - general: overdue days > `generalOverdueDays`, or overdue count ≥ `generalOverdueCount`, or
 *   limit use ≥ `generalLimitUse`;
 * - low: any credit field recorded and none of the above;
 * - no credit data: none of overdueDays, overdueCount, or creditLimit with balanceOwed recorded.
 * A balance owed against a credit limit of 0 counts as full use (∞). The scheme is available
 * when at least one customer has a credit field.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { NO_DATA_CLASS, unavailableScheme } from './classes';
import type { Customer } from '../model';
import { defineScheme, templateTable } from './scheme-entry';
import { doubleLiteral, stringLiteral } from '../sql/dialect';
import { caseWhen, type SqlContext, type SqlStep } from '../sql/step';

export interface CreditRiskSettings {
	highOverdueDays: number;
	highOverdueCount: number;
	/** Balance owed / credit limit, share (1 = at the limit). */
	highLimitUse: number;
	generalOverdueDays: number;
	generalOverdueCount: number;
	generalLimitUse: number;
}

export const DEFAULT_CREDIT_RISK_SETTINGS: CreditRiskSettings = {
	highOverdueDays: 90,
	highOverdueCount: 4,
	highLimitUse: 1,
	generalOverdueDays: 0,
	generalOverdueCount: 1,
	generalLimitUse: 0.8
};

export const CREDIT_RISK_CLASSES: readonly SegmentClass[] = [
	{ id: 'low', en: 'Low risk', zh: '低风险' },
	{ id: 'general', en: 'General risk', zh: '一般风险' },
	{ id: 'high', en: 'High risk', zh: '高风险' },
	{ id: 'no-credit-data', en: 'No credit data', zh: '无信用数据' }
];

const CREDIT_FIELDS = ['overdueDays', 'overdueCount', 'creditLimit', 'balanceOwed'] as const;

export interface CreditRiskScheme extends SchemeBase {
	kind: 'credit-risk';
}

/** Balance owed / credit limit (share; ∞ for a balance on a zero limit), NaN if not recorded. */
export function limitUse(customer: Customer): number {
	const { creditLimit, balanceOwed } = customer;
	if (creditLimit === undefined || balanceOwed === undefined) return NaN;
	if (!(creditLimit > 0)) return balanceOwed > 0 ? Infinity : 0;
	return balanceOwed / creditLimit;
}

/** Class position (0 low, 1 general, 2 high, 3 no data) of one customer record. */
export function creditRiskPosition(
	customer: Customer | undefined,
	settings: CreditRiskSettings = DEFAULT_CREDIT_RISK_SETTINGS
): number {
	if (!customer) return 3;
	const days = customer.overdueDays ?? NaN;
	const count = customer.overdueCount ?? NaN;
	const use = limitUse(customer);
	if (Number.isNaN(days) && Number.isNaN(count) && Number.isNaN(use)) return 3;
	if (
		days > settings.highOverdueDays ||
		count >= settings.highOverdueCount ||
		use >= settings.highLimitUse
	) {
		return 2;
	}
	if (
		days > settings.generalOverdueDays ||
		count >= settings.generalOverdueCount ||
		use >= settings.generalLimitUse
	) {
		return 1;
	}
	return 0;
}

/** Each customer's credit risk; unavailable (naming the credit fields) when no record has one. */
export function creditRiskScheme(
	records: readonly (Customer | undefined)[],
	settings: CreditRiskSettings = DEFAULT_CREDIT_RISK_SETTINGS
): CreditRiskScheme {
	const n = records.length;
	const classIndex = new Uint8Array(n);
	let recorded = 0;
	for (let i = 0; i < n; i++) {
		classIndex[i] = creditRiskPosition(records[i], settings);
		if (classIndex[i] !== 3) recorded++;
	}
	if (recorded === 0) {
		return { ...unavailableScheme('credit-risk', n, [...CREDIT_FIELDS]), kind: 'credit-risk' };
	}
	return {
		kind: 'credit-risk',
		schemeId: 'credit-risk',
		available: true,
		missingFields: [],
		classes: [...CREDIT_RISK_CLASSES],
		classIndex
	};
}

/** Credit risk as SQL over the customers table's credit columns, first match wins. */
function creditRiskSql(ctx: SqlContext, settings: CreditRiskSettings): SqlStep {
	const { dialect } = ctx;
	const [days, count, limit, owed] = CREDIT_FIELDS.map((field) => ctx.record(field));
	const number = (value: number) => doubleLiteral(dialect, value);
	const id = (position: number) => stringLiteral(dialect, CREDIT_RISK_CLASSES[position].id);
	// Limit use ≥ share; a balance on a limit of 0 or less is infinite use (`limitUse`).
	const useAtLeast = (share: number) =>
		`CASE WHEN ${limit} IS NULL OR ${owed} IS NULL THEN NULL WHEN ${limit} > 0 THEN ${owed} / ${limit} >= ${number(share)} WHEN ${owed} > 0 THEN TRUE ELSE ${0 >= share ? 'TRUE' : 'FALSE'} END`;
	const recorded = `${days} IS NOT NULL OR ${count} IS NOT NULL OR (${limit} IS NOT NULL AND ${owed} IS NOT NULL)`;
	const level = (overdueDays: number, overdueCount: number, use: number) =>
		`${days} > ${number(overdueDays)} OR ${count} >= ${number(overdueCount)} OR (${useAtLeast(use)})`;
	return {
		classId: caseWhen(
			[
				[
					`MAX(CASE WHEN ${recorded} THEN 1 ELSE 0 END) OVER () = 0`,
					stringLiteral(dialect, NO_DATA_CLASS.id)
				],
				[`NOT (${recorded})`, id(3)],
				[level(settings.highOverdueDays, settings.highOverdueCount, settings.highLimitUse), id(2)],
				[
					level(
						settings.generalOverdueDays,
						settings.generalOverdueCount,
						settings.generalLimitUse
					),
					id(1)
				]
			],
			id(0)
		)
	};
}

export const creditRiskEntry = defineScheme({
	id: 'credit-risk',
	settings: { key: 'creditRisk', defaults: DEFAULT_CREDIT_RISK_SETTINGS },
	compute: (inputs, own) => creditRiskScheme(inputs.records, own),
	nameKey: 'scheme.credit-risk',
	topic: 'credit-risk',
	panel: [
		{
			kind: 'numbers',
			fields: [
				{ key: 'highOverdueDays', label: 'credit.highOverdueDays' },
				{ key: 'highOverdueCount', label: 'credit.highOverdueCount' },
				{ key: 'highLimitUse', label: 'credit.highLimitUse' },
				{ key: 'generalOverdueDays', label: 'credit.generalOverdueDays' },
				{ key: 'generalOverdueCount', label: 'credit.generalOverdueCount' },
				{ key: 'generalLimitUse', label: 'credit.generalLimitUse' }
			]
		}
	],
	templateOf: templateTable({ high: 'high-credit-risk' }),
	goals: { credit: 1 },
	cliColumns: [{ header: 'credit_risk' }],
	showsScores: false,
	sql: creditRiskSql
});
