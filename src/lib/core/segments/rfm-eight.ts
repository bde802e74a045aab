/**
 * The RFM eight-class map (八类客户): each raw measure split at its mean or median over the
 * customers with a purchase. R↑ = recency in days below the split (more recent); F↑ and M↑ =
 * above the split; a value equal to the split counts as ↓. Customers without a purchase are
 * prospects.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { PROSPECT_CLASS } from './classes';
import type { CustomerMeasures } from './measures';
import { purchaserMask } from './measures';
import type { MonetaryBasis } from './rfm-scores';
import { monetaryValues } from './rfm-scores';
import { defineScheme, templateTable } from './scheme-entry';
import { mean, median } from './stats';
import { monetarySql } from '../sql/base-query';
import { stringLiteral } from '../sql/dialect';
import { quantileCtes } from '../sql/quantiles';
import { caseWhen, type SqlContext, type SqlStep } from '../sql/step';

export interface RfmEightSettings {
	split: 'mean' | 'median';
	monetary: MonetaryBasis;
}

export const DEFAULT_RFM_EIGHT_SETTINGS: RfmEightSettings = { split: 'mean', monetary: 'total' };

/** The split values: recency (days), frequency (orders), monetary (currency). */
export interface RfmSplits {
	recency: number;
	frequency: number;
	monetary: number;
}

export interface RfmEightScheme extends SchemeBase {
	kind: 'rfm-eight';
	splits: RfmSplits;
}

/** Classes in order R↑F↑M↑ … R↓F↓M↓ (bit 2 = R↓, bit 1 = F↓, bit 0 = M↓), then prospects. */
export const RFM_EIGHT_CLASSES: readonly SegmentClass[] = [
	{ id: 'important-value', en: 'Important value', zh: '重要价值客户' },
	{ id: 'general-value', en: 'General value', zh: '一般价值客户' },
	{ id: 'important-development', en: 'Important development', zh: '重要发展客户' },
	{ id: 'general-development', en: 'General development', zh: '一般发展客户' },
	{ id: 'important-retention', en: 'Important retention', zh: '重要保持客户' },
	{ id: 'general-retention', en: 'General retention', zh: '一般保持客户' },
	{ id: 'important-win-back', en: 'Important win-back', zh: '重要挽留客户' },
	{ id: 'general-win-back', en: 'General win-back', zh: '一般挽留客户' },
	PROSPECT_CLASS
];

/** Class position of a customer: R↑ when recency < split, F↑/M↑ when above (equal is ↓). */
export function eightPosition(
	recencyDays: number,
	orders: number,
	monetary: number,
	splits: RfmSplits
): number {
	const rDown = recencyDays < splits.recency ? 0 : 4;
	const fDown = orders > splits.frequency ? 0 : 2;
	const mDown = monetary > splits.monetary ? 0 : 1;
	return rDown + fDown + mDown;
}

/** Each customer's eight-class segment. */
export function rfmEightScheme(
	measures: CustomerMeasures,
	settings: RfmEightSettings = DEFAULT_RFM_EIGHT_SETTINGS
): RfmEightScheme {
	const scored = purchaserMask(measures);
	const monetary = monetaryValues(measures, settings.monetary);
	const centre = settings.split === 'median' ? median : mean;
	const splits: RfmSplits = {
		recency: centre(measures.recencyDays, scored),
		frequency: centre(measures.orders, scored),
		monetary: centre(monetary, scored)
	};
	const n = measures.customerIds.length;
	const classIndex = new Uint8Array(n);
	const prospect = RFM_EIGHT_CLASSES.length - 1;
	for (let i = 0; i < n; i++) {
		classIndex[i] = scored[i]
			? eightPosition(measures.recencyDays[i], measures.orders[i], monetary[i], splits)
			: prospect;
	}
	return {
		kind: 'rfm-eight',
		schemeId: 'rfm-eight',
		available: true,
		missingFields: [],
		classes: [...RFM_EIGHT_CLASSES],
		classIndex,
		splits
	};
}

/** The eight classes as SQL: the splits over the purchasers, then each customer's three sides. */
function rfmEightSql(ctx: SqlContext, settings: RfmEightSettings): SqlStep {
	const { dialect, previous, prefix } = ctx;
	const monetary = monetarySql(settings.monetary);
	const name = `${prefix}_splits`;
	const from = `${previous} p WHERE p.orders > 0`;
	const measures = [
		{ name: 'recency', expr: 'p.recency_days' },
		{ name: 'frequency', expr: 'p.orders' },
		{ name: 'monetary', expr: monetary }
	];
	const splits =
		settings.split === 'median'
			? quantileCtes(dialect, name, from, measures, [0.5])
			: [
					{
						name,
						sql: `SELECT ${measures.map((m) => `AVG(CAST(${m.expr} AS ${dialect.double})) AS ${m.name}_0`).join(', ')} FROM ${from}`
					}
				];
	const sides = [
		'p.recency_days < s.recency_0',
		'p.orders > s.frequency_0',
		`${monetary} > s.monetary_0`
	];
	// Position bit 2 = R↓, bit 1 = F↓, bit 0 = M↓, as in `eightPosition`.
	const branches = RFM_EIGHT_CLASSES.slice(0, 8).map((segmentClass, position): [string, string] => [
		sides.map((side, k) => (position & (4 >> k) ? `NOT (${side})` : side)).join(' AND '),
		stringLiteral(dialect, segmentClass.id)
	]);
	return {
		with: splits,
		joins: [`CROSS JOIN ${name} s`],
		classId: caseWhen(
			[['p.orders = 0', stringLiteral(dialect, PROSPECT_CLASS.id)], ...branches],
			'NULL'
		)
	};
}

export const rfmEightEntry = defineScheme({
	id: 'rfm-eight',
	settings: { key: 'rfmEight', defaults: DEFAULT_RFM_EIGHT_SETTINGS },
	compute: (inputs, own) => rfmEightScheme(inputs.measures, own),
	nameKey: 'scheme.rfm-eight',
	topic: 'rfm-eight',
	panel: [
		{
			kind: 'choice',
			key: 'split',
			label: 'rfm8.split',
			options: [
				{ value: 'mean', label: 'rfm8.split.mean' },
				{ value: 'median', label: 'rfm8.split.median' }
			]
		},
		{
			kind: 'choice',
			key: 'monetary',
			label: 'rfm.monetary',
			options: [
				{ value: 'total', label: 'rfm.monetary.total' },
				{ value: 'average', label: 'rfm.monetary.average' }
			]
		},
		{
			kind: 'note',
			message: 'rfm8.splits',
			testId: 'rfm8-splits',
			figures: ({ splits }) => ({
				r: { value: splits.recency, kind: 'number', digits: 1 },
				f: { value: splits.frequency, kind: 'number', digits: 2 },
				m: { value: splits.monetary, kind: 'money' }
			})
		}
	],
	// R↑ = recent, F↑ = frequent, M↑ = big spending.
	templateOf: templateTable({
		'important-value': 'top-value', // R↑F↑M↑: the best customers
		'important-development': 'middle-value', // R↑F↓M↑: spend well, grow their frequency
		'important-retention': 'at-risk', // R↓F↑M↑: valuable but fading: keep them
		'important-win-back': 'at-risk', // R↓F↓M↑: valuable and gone quiet: win back
		'general-value': 'middle-value', // R↑F↑M↓: frequent, small baskets: sell more per order
		'general-development': 'new', // R↑F↓M↓: recent first or second purchases
		'general-retention': 'low-value', // R↓F↑M↓: small and fading: keep the cost low
		'general-win-back': 'churned' // R↓F↓M↓: small and gone
	}),
	goals: { retention: 4, growth: 2, cost: 2 },
	cliColumns: [{ header: 'rfm8_segment' }],
	showsScores: true,
	sql: rfmEightSql
});
