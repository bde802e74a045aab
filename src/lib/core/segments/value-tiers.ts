/**
 * Value tiers (价值分层) by cumulative share of value: customers sorted by value descending; a
 * customer's tier is set by the share of the total positive value reached before it (key below
 * the first cut, major below the second, ordinary below the third, small from there). Zero or
 * negative value → small, so prospects are small customers. Equal values are ordered by
 * position in the customer list, so tied customers on a cut may land in neighbouring tiers, as
 * in the spreadsheet method. With the profit basis, customers whose profit is unknown (no
 * order with a known cost) count as small.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { unavailableScheme } from './classes';
import type { CustomerMeasures } from './measures';
import { purchaserMask } from './measures';
import type { ParetoSummary } from './pareto';
import { cumulativeSums, paretoSummary, positiveDescending } from './pareto';
import { defineScheme, templateTable } from './scheme-entry';
import { doubleLiteral, stringLiteral } from '../sql/dialect';
import { caseWhen, SqlUnsupportedError, type SqlContext, type SqlStep } from '../sql/step';

export interface ValueTierSettings {
	basis: 'revenue' | 'profit';
	/** Ascending cumulative shares (0–1) that end the key, major and ordinary tiers. */
	cuts: [number, number, number];
	/** The Pareto figure's "top x % of customers" (0–1) and "y % of value" (0–1). */
	paretoTopShare: number;
	paretoValueShare: number;
}

export const DEFAULT_VALUE_TIER_SETTINGS: ValueTierSettings = {
	basis: 'revenue',
	cuts: [0.5, 0.8, 0.95],
	paretoTopShare: 0.2,
	paretoValueShare: 0.8
};

export const VALUE_TIER_CLASSES: readonly SegmentClass[] = [
	{ id: 'key', en: 'Key', zh: '大客户' },
	{ id: 'major', en: 'Major', zh: '重要客户' },
	{ id: 'ordinary', en: 'Ordinary', zh: '普通客户' },
	{ id: 'small', en: 'Small', zh: '小客户' }
];

const SMALL = 3;

export interface ValueTierScheme extends SchemeBase {
	kind: 'value-tier';
	basis: ValueTierSettings['basis'];
	pareto: ParetoSummary;
}

/** The value each customer is ranked by (currency): net revenue or profit (NaN where unknown). */
export function tierValues(measures: CustomerMeasures, basis: ValueTierSettings['basis']) {
	return basis === 'profit' ? measures.profit : measures.netValue;
}

/** Position of the first entry of `descending` equal to `value` (which must be present). */
function firstPosition(descending: Float64Array, value: number): number {
	let low = 0;
	let high = descending.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (descending[middle] > value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Tier positions (0 key … 3 small) from values, cuts as ascending shares 0–1. Customers are
 * ranked by value descending, equal values by position in the list; the value before a
 * customer is read from the cumulative sums of the sorted values (no comparator sort).
 */
export function tiersOf(values: ArrayLike<number>, cuts: readonly number[]): Uint8Array {
	const tiers = new Uint8Array(values.length).fill(SMALL);
	const descending = positiveDescending(values);
	const cumulative = cumulativeSums(descending);
	const positive = cumulative[descending.length];
	const limits = cuts.map((cut) => cut * positive);
	// Customers already ranked within each run of equal values, keyed by the run's first position.
	const takenInRun = new Uint32Array(descending.length);
	for (let i = 0; i < values.length; i++) {
		if (!(values[i] > 0)) continue;
		const first = firstPosition(descending, values[i]);
		const before = cumulative[first + takenInRun[first]++];
		let tier = 0;
		while (tier < SMALL && !(before < limits[tier])) tier++;
		tiers[i] = tier;
	}
	return tiers;
}

/** Each customer's value tier, and the Pareto figures of the same values. */
export function valueTierScheme(
	measures: CustomerMeasures,
	settings: ValueTierSettings = DEFAULT_VALUE_TIER_SETTINGS
): ValueTierScheme {
	const n = measures.customerIds.length;
	const values = tierValues(measures, settings.basis);
	const purchasers = purchaserMask(measures);
	if (settings.basis === 'profit' && !values.some(Number.isFinite)) {
		return {
			...unavailableScheme('value-tier', n, ['cost']),
			kind: 'value-tier',
			basis: settings.basis,
			pareto: paretoSummary(new Float64Array(n), purchasers)
		};
	}
	return {
		kind: 'value-tier',
		schemeId: 'value-tier',
		available: true,
		missingFields: [],
		classes: [...VALUE_TIER_CLASSES],
		classIndex: tiersOf(
			values,
			[...settings.cuts].sort((a, b) => a - b)
		),
		basis: settings.basis,
		pareto: paretoSummary(values, purchasers, settings.paretoTopShare, settings.paretoValueShare)
	};
}

/**
 * Value tiers as SQL: the value before each customer is a running sum in value order. Equal
 * values are ordered by customer id (a table has no list position).
 */
function valueTierSql(ctx: SqlContext, settings: ValueTierSettings): SqlStep {
	const { dialect, previous, prefix } = ctx;
	if (settings.basis === 'profit') {
		throw new SqlUnsupportedError(
			'profit-basis',
			'value tiers by profit need each order’s cost, which the orders table does not have'
		);
	}
	const name = `${prefix}_running`;
	const order = `p.net_value DESC, ${dialect.binaryOrder('p.customer_id')}`;
	const cuts = [...settings.cuts].sort((a, b) => a - b);
	const small = stringLiteral(dialect, VALUE_TIER_CLASSES[SMALL].id);
	return {
		with: [
			{
				name,
				sql: `SELECT p.customer_id,
      COALESCE(SUM(p.net_value) OVER (ORDER BY ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_value,
      SUM(p.net_value) OVER () AS positive_value
    FROM ${previous} p WHERE p.net_value > 0`
			}
		],
		joins: [`LEFT JOIN ${name} v ON v.customer_id = p.customer_id`],
		classId: caseWhen(
			[
				['v.customer_id IS NULL', small],
				...cuts.map((cut, tier): [string, string] => [
					`v.before_value < ${doubleLiteral(dialect, cut)} * v.positive_value`,
					stringLiteral(dialect, VALUE_TIER_CLASSES[tier].id)
				])
			],
			small
		)
	};
}

export const valueTierEntry = defineScheme({
	id: 'value-tier',
	settings: { key: 'valueTier', defaults: DEFAULT_VALUE_TIER_SETTINGS },
	compute: (inputs, own) => valueTierScheme(inputs.measures, own),
	nameKey: 'scheme.value-tier',
	topic: 'value-tier',
	panel: [
		{
			kind: 'choice',
			key: 'basis',
			label: 'tier.basis',
			options: [
				{ value: 'revenue', label: 'tier.basis.revenue' },
				{ value: 'profit', label: 'tier.basis.profit' }
			]
		},
		{
			kind: 'shares',
			key: 'cuts',
			legend: 'tier.cuts',
			labels: ['tier.cut.0', 'tier.cut.1', 'tier.cut.2']
		},
		{ kind: 'explain', topic: 'pareto' },
		{
			kind: 'note',
			message: 'tier.pareto',
			testId: 'pareto-sentence',
			plain: true,
			figures: ({ pareto }) => ({
				top: { value: pareto.topCustomerShare, kind: 'share', digits: 1 },
				value: { value: pareto.valueShareOfTop, kind: 'share', digits: 1 },
				share: { value: pareto.customerShareForValue, kind: 'share', digits: 1 },
				target: { value: pareto.valueShare, kind: 'share', digits: 1 }
			})
		}
	],
	templateOf: templateTable({
		key: 'top-value',
		major: 'middle-value',
		ordinary: 'low-value',
		small: 'low-value'
	}),
	goals: { growth: 3, cost: 1, credit: 2 },
	cliColumns: [{ header: 'value_tier' }],
	showsScores: false,
	sql: valueTierSql
});

/** The Pareto figures of the value tiers among computed schemes, if they are there. */
export function paretoOf(schemes: readonly { kind: string }[]): ParetoSummary | undefined {
	const tiers = schemes.find(
		(scheme): scheme is Pick<ValueTierScheme, 'kind' | 'pareto'> => scheme.kind === 'value-tier'
	);
	return tiers?.pareto;
}
