/**
 * Loyalty (忠诚度): high / general / low from a score 0–1, the weighted mean of
 * - repeat: repeat purchases per year as a customer, (orders − 1) / max(1, tenure in years),
 *   divided by `repeatsPerYearForFull` and capped at 1 (so a long silence lowers it);
 * - tenure: the span from first to last purchase, divided by `spanDaysForFull`, capped at 1;
 * - satisfaction: the mean recorded score scaled to 0–1 over [satisfactionMin, satisfactionMax]
 *   (1–5 by default; an NPS 0–10 works with 0 and 10), only where recorded — without it the
 *   other weights are renormalised.
 * score ≥ `highFrom` → high, score < `lowBelow` → low, else general. A customer the lifecycle
 * calls churned (recency beyond their churn limit) is low whatever the score, so the two schemes
 * never call one customer churned and highly loyal (`lowWhenChurned: false` turns this off).
 * No purchase → prospect.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { NO_DATA_CLASS, PROSPECT_CLASS, unavailableScheme } from './classes';
import type { LifecycleSettings } from './lifecycle';
import { DEFAULT_LIFECYCLE_SETTINGS, lifecycleEntry, lifecycleLimits } from './lifecycle';
import type { CustomerMeasures } from './measures';
import { defineScheme, settingsOf, templateTable } from './scheme-entry';
import type { Interaction } from '../model';
import { doubleLiteral, stringLiteral } from '../sql/dialect';
import { caseWhen, type SqlContext, type SqlStep } from '../sql/step';
import { lifecycleLimitSql } from './lifecycle';

export interface LoyaltySettings {
	repeatWeight: number;
	spanWeight: number;
	satisfactionWeight: number;
	repeatsPerYearForFull: number;
	spanDaysForFull: number;
	satisfactionMin: number;
	satisfactionMax: number;
	/** Score thresholds, share 0–1. */
	highFrom: number;
	lowBelow: number;
	/** Churned customers (by the lifecycle's limits) are low. */
	lowWhenChurned: boolean;
}

export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
	repeatWeight: 0.5,
	spanWeight: 0.25,
	satisfactionWeight: 0.25,
	repeatsPerYearForFull: 4,
	spanDaysForFull: 730,
	satisfactionMin: 1,
	satisfactionMax: 5,
	highFrom: 0.6,
	lowBelow: 0.3,
	lowWhenChurned: true
};

export const LOYALTY_CLASSES: readonly SegmentClass[] = [
	{ id: 'high', en: 'High loyalty', zh: '高忠诚度' },
	{ id: 'general', en: 'General loyalty', zh: '一般忠诚度' },
	{ id: 'low', en: 'Low loyalty', zh: '低忠诚度' },
	PROSPECT_CLASS
];

export interface LoyaltyScheme extends SchemeBase {
	kind: 'loyalty';
	/** The score per customer (share 0–1), NaN for prospects. */
	score: Float64Array;
	/** Customers whose score includes a recorded satisfaction. */
	withSatisfaction: number;
}

/** Mean recorded satisfaction per customer, aligned with `customerIds`, NaN where none. */
export function meanSatisfaction(
	interactions: readonly Interaction[],
	customerIds: readonly string[]
): Float64Array {
	if (interactions.length === 0) return new Float64Array(customerIds.length).fill(NaN);
	const slot = new Map(customerIds.map((id, i) => [id, i]));
	const sum = new Float64Array(customerIds.length);
	const count = new Uint32Array(customerIds.length);
	for (const interaction of interactions) {
		const i = slot.get(interaction.customerId);
		const score = interaction.satisfaction;
		if (i === undefined || score === undefined || !Number.isFinite(score)) continue;
		sum[i] += score;
		count[i]++;
	}
	return Float64Array.from(sum, (total, i) => (count[i] > 0 ? total / count[i] : NaN));
}

/** Loyalty score (share 0–1) of customer i; NaN without a purchase. */
export function loyaltyScore(
	measures: CustomerMeasures,
	satisfaction: ArrayLike<number> | undefined,
	i: number,
	settings: LoyaltySettings = DEFAULT_LOYALTY_SETTINGS
): number {
	const orders = measures.orders[i];
	if (orders === 0) return NaN;
	const years = Math.max(1, measures.tenureDays[i] / 365);
	const repeat = Math.min(1, (orders - 1) / years / settings.repeatsPerYearForFull);
	const span = Math.min(1, (measures.lastDay[i] - measures.firstDay[i]) / settings.spanDaysForFull);
	let weighted = settings.repeatWeight * repeat + settings.spanWeight * span;
	let weights = settings.repeatWeight + settings.spanWeight;
	const recorded = satisfaction ? satisfaction[i] : NaN;
	if (Number.isFinite(recorded)) {
		const range = settings.satisfactionMax - settings.satisfactionMin;
		const scaled = Math.min(1, Math.max(0, (recorded - settings.satisfactionMin) / range));
		weighted += settings.satisfactionWeight * scaled;
		weights += settings.satisfactionWeight;
	}
	return weights > 0 ? weighted / weights : NaN;
}

/** Class position (0 high, 1 general, 2 low, 3 prospect) from a score (0–1). */
export function loyaltyPosition(score: number, churned: boolean, settings: LoyaltySettings) {
	if (Number.isNaN(score)) return 3;
	if (churned && settings.lowWhenChurned) return 2;
	return score >= settings.highFrom ? 0 : score < settings.lowBelow ? 2 : 1;
}

/** Each customer's loyalty class; unavailable when the data has no purchases at all. */
export function loyaltyScheme(
	measures: CustomerMeasures,
	satisfaction?: ArrayLike<number>,
	settings: LoyaltySettings = DEFAULT_LOYALTY_SETTINGS,
	lifecycle: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS
): LoyaltyScheme {
	const n = measures.customerIds.length;
	const score = new Float64Array(n);
	if (!measures.orders.some((count) => count > 0)) {
		return {
			...unavailableScheme('loyalty', n, ['orders']),
			kind: 'loyalty',
			score: score.fill(NaN),
			withSatisfaction: 0
		};
	}
	const classIndex = new Uint8Array(n);
	let withSatisfaction = 0;
	for (let i = 0; i < n; i++) {
		score[i] = loyaltyScore(measures, satisfaction, i, settings);
		const churned = measures.recencyDays[i] > lifecycleLimits(measures, i, lifecycle).churnDays;
		classIndex[i] = loyaltyPosition(score[i], churned, settings);
		if (measures.orders[i] > 0 && satisfaction && Number.isFinite(satisfaction[i])) {
			withSatisfaction++;
		}
	}
	return {
		kind: 'loyalty',
		schemeId: 'loyalty',
		available: true,
		missingFields: [],
		classes: [...LOYALTY_CLASSES],
		classIndex,
		score,
		withSatisfaction
	};
}

/**
 * Loyalty as SQL, from repeat purchases and span: the orders and customers tables hold no
 * satisfaction, so the score is that of a customer without a recorded satisfaction.
 */
function loyaltySql(
	{ dialect }: SqlContext,
	settings: LoyaltySettings,
	all: Readonly<Record<string, object>>
): SqlStep {
	const lifecycle = settingsOf(lifecycleEntry, all);
	const number = (value: number) => doubleLiteral(dialect, value);
	const id = (position: number) => stringLiteral(dialect, LOYALTY_CLASSES[position].id);
	const years = `GREATEST(${number(1)}, CAST(p.tenure_days AS ${dialect.double}) / ${number(365)})`;
	const repeat = `LEAST(${number(1)}, CAST(p.orders - 1 AS ${dialect.double}) / ${years} / ${number(settings.repeatsPerYearForFull)})`;
	const span = `LEAST(${number(1)}, CAST(p.last_day - p.first_day AS ${dialect.double}) / ${number(settings.spanDaysForFull)})`;
	const weights = settings.repeatWeight + settings.spanWeight;
	const score = `(${number(settings.repeatWeight)} * ${repeat} + ${number(settings.spanWeight)} * ${span}) / ${number(weights)}`;
	const churned = `p.recency_days > ${lifecycleLimitSql(dialect, lifecycle, 'churn')}`;
	return {
		classId: caseWhen(
			[
				['MAX(p.orders) OVER () = 0', stringLiteral(dialect, NO_DATA_CLASS.id)],
				// No weight: the score is undefined, as for a prospect (`loyaltyPosition`).
				[weights > 0 ? 'p.orders = 0' : 'TRUE', id(3)],
				...(settings.lowWhenChurned ? [[churned, id(2)] as [string, string]] : []),
				[`${score} >= ${number(settings.highFrom)}`, id(0)],
				[`${score} < ${number(settings.lowBelow)}`, id(2)]
			],
			id(1)
		)
	};
}

export const loyaltyEntry = defineScheme({
	id: 'loyalty',
	settings: { key: 'loyalty', defaults: DEFAULT_LOYALTY_SETTINGS },
	compute: (inputs, own, all) =>
		loyaltyScheme(inputs.measures, inputs.satisfaction, own, settingsOf(lifecycleEntry, all)),
	nameKey: 'scheme.loyalty',
	topic: 'loyalty',
	panel: [
		{
			kind: 'numbers',
			fields: [
				{ key: 'repeatWeight', label: 'loyalty.repeatWeight' },
				{ key: 'spanWeight', label: 'loyalty.spanWeight' },
				{ key: 'satisfactionWeight', label: 'loyalty.satisfactionWeight' },
				{ key: 'repeatsPerYearForFull', label: 'loyalty.repeatsPerYearForFull' },
				{ key: 'spanDaysForFull', label: 'loyalty.spanDaysForFull' },
				{ key: 'satisfactionMin', label: 'loyalty.satisfactionMin' },
				{ key: 'satisfactionMax', label: 'loyalty.satisfactionMax' },
				{ key: 'highFrom', label: 'loyalty.highFrom' },
				{ key: 'lowBelow', label: 'loyalty.lowBelow' }
			]
		},
		{
			kind: 'note',
			message: 'loyalty.withSatisfaction',
			figures: (scheme) => ({ count: { value: scheme.withSatisfaction, kind: 'number' } })
		}
	],
	templateOf: templateTable({ high: 'loyal', general: 'middle-value', low: 'at-risk' }),
	goals: { retention: 3 },
	cliColumns: [{ header: 'loyalty' }],
	showsScores: false,
	sql: loyaltySql
});
