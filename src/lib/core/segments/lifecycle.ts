/**
 * Lifecycle stages (生命周期), first match wins: prospect (no purchase) → churned (recency >
 * churn limit) → lapsing (recency > lapse limit) → new (first purchase at most
 * `newWithinDays` days ago) → loyal (≥ `loyalMinOrders` purchases and tenure ≥
 * `loyalMinTenureDays`) → active. A customer with ≥ `ownGapMinOrders` purchases gets limits
 * from their own median gap (lapse = 2×, churn = 4×); others get the global 90 / 365 days.
 * A median gap of 0 days (all purchases on one day) says nothing about their rhythm, so those
 * customers get the global limits too.
 */

import type { SchemeBase, SegmentClass } from './classes';
import type { CustomerMeasures } from './measures';
import { defineScheme, templateTable } from './scheme-entry';
import { doubleLiteral, stringLiteral, type Dialect } from '../sql/dialect';
import { caseWhen, type SqlContext, type SqlStep } from '../sql/step';

export interface LifecycleSettings {
	/** Global limits (days) for customers without a usable gap of their own. */
	lapseDays: number;
	churnDays: number;
	/** Purchases needed for limits from the customer's own median gap. */
	ownGapMinOrders: number;
	/** Own limits as multiples of the median gap. */
	lapseGapMultiple: number;
	churnGapMultiple: number;
	/** New: first purchase at most this many days before the analysis day. */
	newWithinDays: number;
	/** Loyal: at least this many purchases and this tenure (days). */
	loyalMinOrders: number;
	loyalMinTenureDays: number;
}

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
	lapseDays: 90,
	churnDays: 365,
	ownGapMinOrders: 3,
	lapseGapMultiple: 2,
	churnGapMultiple: 4,
	newWithinDays: 90,
	loyalMinOrders: 5,
	loyalMinTenureDays: 365
};

export const LIFECYCLE_CLASSES: readonly SegmentClass[] = [
	{ id: 'prospect', en: 'Prospect', zh: '潜在客户' },
	{ id: 'churned', en: 'Churned', zh: '流失客户' },
	{ id: 'lapsing', en: 'Lapsing', zh: '沉睡客户' },
	{ id: 'new', en: 'New', zh: '新客户' },
	{ id: 'loyal', en: 'Loyal', zh: '老客户' },
	{ id: 'active', en: 'Active', zh: '活跃客户' }
];

const STAGE = { prospect: 0, churned: 1, lapsing: 2, new: 3, loyal: 4, active: 5 } as const;

export interface LifecycleScheme extends SchemeBase {
	kind: 'lifecycle';
	/** Customers whose limits came from their own median gap. */
	ownLimitCount: number;
}

/** The lapse and churn limits (days) of customer i, and whether they are the customer's own. */
export function lifecycleLimits(
	measures: CustomerMeasures,
	i: number,
	settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS
): { lapseDays: number; churnDays: number; own: boolean } {
	const gap = measures.medianGapDays[i];
	if (measures.orders[i] >= settings.ownGapMinOrders && gap > 0) {
		return {
			lapseDays: settings.lapseGapMultiple * gap,
			churnDays: settings.churnGapMultiple * gap,
			own: true
		};
	}
	return { lapseDays: settings.lapseDays, churnDays: settings.churnDays, own: false };
}

/** The stage position of customer i (an index into `LIFECYCLE_CLASSES`). */
function stageOf(measures: CustomerMeasures, i: number, settings: LifecycleSettings): number {
	if (measures.orders[i] === 0) return STAGE.prospect;
	const recency = measures.recencyDays[i];
	const limits = lifecycleLimits(measures, i, settings);
	if (recency > limits.churnDays) return STAGE.churned;
	if (recency > limits.lapseDays) return STAGE.lapsing;
	const tenure = measures.tenureDays[i];
	if (tenure <= settings.newWithinDays) return STAGE.new;
	if (measures.orders[i] >= settings.loyalMinOrders && tenure >= settings.loyalMinTenureDays) {
		return STAGE.loyal;
	}
	return STAGE.active;
}

/** Each customer's lifecycle stage. */
export function lifecycleScheme(
	measures: CustomerMeasures,
	settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS
): LifecycleScheme {
	const n = measures.customerIds.length;
	const classIndex = new Uint8Array(n);
	let ownLimitCount = 0;
	for (let i = 0; i < n; i++) {
		classIndex[i] = stageOf(measures, i, settings);
		if (measures.orders[i] > 0 && lifecycleLimits(measures, i, settings).own) ownLimitCount++;
	}
	return {
		kind: 'lifecycle',
		schemeId: 'lifecycle',
		available: true,
		missingFields: [],
		classes: [...LIFECYCLE_CLASSES],
		classIndex,
		ownLimitCount
	};
}

/** A customer's lapse or churn limit (days) as SQL over `p`, as `lifecycleLimits` gives it. */
export function lifecycleLimitSql(
	dialect: Dialect,
	settings: LifecycleSettings,
	limit: 'lapse' | 'churn'
): string {
	const [multiple, days] =
		limit === 'lapse'
			? [settings.lapseGapMultiple, settings.lapseDays]
			: [settings.churnGapMultiple, settings.churnDays];
	return `CASE WHEN p.orders >= ${doubleLiteral(dialect, settings.ownGapMinOrders)} AND p.median_gap_days > 0 THEN ${doubleLiteral(dialect, multiple)} * p.median_gap_days ELSE ${doubleLiteral(dialect, days)} END`;
}

/** The stages as SQL, first match wins as in `stageOf`. */
function lifecycleSql({ dialect }: SqlContext, settings: LifecycleSettings): SqlStep {
	const id = (stage: keyof typeof STAGE) =>
		stringLiteral(dialect, LIFECYCLE_CLASSES[STAGE[stage]].id);
	const number = (value: number) => doubleLiteral(dialect, value);
	return {
		classId: caseWhen(
			[
				['p.orders = 0', id('prospect')],
				[`p.recency_days > ${lifecycleLimitSql(dialect, settings, 'churn')}`, id('churned')],
				[`p.recency_days > ${lifecycleLimitSql(dialect, settings, 'lapse')}`, id('lapsing')],
				[`p.tenure_days <= ${number(settings.newWithinDays)}`, id('new')],
				[
					`p.orders >= ${number(settings.loyalMinOrders)} AND p.tenure_days >= ${number(settings.loyalMinTenureDays)}`,
					id('loyal')
				]
			],
			id('active')
		)
	};
}

export const lifecycleEntry = defineScheme({
	id: 'lifecycle',
	settings: { key: 'lifecycle', defaults: DEFAULT_LIFECYCLE_SETTINGS },
	compute: (inputs, own) => lifecycleScheme(inputs.measures, own),
	nameKey: 'scheme.lifecycle',
	topic: 'lifecycle',
	panel: [
		{
			kind: 'numbers',
			fields: [
				{ key: 'lapseDays', label: 'lifecycle.lapseDays' },
				{ key: 'churnDays', label: 'lifecycle.churnDays' },
				{ key: 'ownGapMinOrders', label: 'lifecycle.ownGapMinOrders' },
				{ key: 'lapseGapMultiple', label: 'lifecycle.lapseGapMultiple' },
				{ key: 'churnGapMultiple', label: 'lifecycle.churnGapMultiple' },
				{ key: 'newWithinDays', label: 'lifecycle.newWithinDays' },
				{ key: 'loyalMinOrders', label: 'lifecycle.loyalMinOrders' },
				{ key: 'loyalMinTenureDays', label: 'lifecycle.loyalMinTenureDays' }
			]
		},
		{
			kind: 'note',
			message: 'lifecycle.ownLimits',
			figures: (scheme) => ({ count: { value: scheme.ownLimitCount, kind: 'number' } })
		}
	],
	templateOf: templateTable({
		prospect: 'prospects',
		churned: 'churned',
		lapsing: 'at-risk',
		new: 'new',
		loyal: 'loyal',
		active: 'middle-value'
	}),
	goals: { retention: 1, credit: 3 },
	cliColumns: [{ header: 'lifecycle' }],
	showsScores: false,
	sql: lifecycleSql
});
