/**
 * Predicted value as per-customer fields for the list, filters, rules, clustering and exports:
 * the CLV fit's columns aligned with the segmentation measures' customers (NaN for customers
 * the fit did not score). When the fit cannot support per-customer predictions
 * (`degeneracy.usable` false) the model's figures are NaN — shown as "—" with the reason — and
 * only what does not rest on the model stays: the intention score's fallback and the average
 * days between orders.
 */

import type { ModelClvResult } from './clv';
import { SPEND_TIERS } from './clv/predicted';

/** Names of the predicted fields, as rules and the field lists show them. */
export const PREDICTED_FIELDS = [
	'clv',
	'probabilityAlive',
	'expectedPurchases',
	'intention',
	'churnRisk',
	'nextOrderDay',
	'avgDaysBetweenOrders',
	'spendTier'
] as const;
export type PredictedField = (typeof PREDICTED_FIELDS)[number];

/** The fields that rest on the model (hidden when the fit is not usable). */
const MODEL_FIELDS: readonly PredictedField[] = [
	'clv',
	'probabilityAlive',
	'expectedPurchases',
	'churnRisk',
	'nextOrderDay',
	'spendTier'
];

/** A spend tier as a number rules can compare: 3 high, 2 medium, 1 low (NaN without). */
export function spendTierRank(tier: (typeof SPEND_TIERS)[number] | null): number {
	return tier === null ? NaN : SPEND_TIERS.length - SPEND_TIERS.indexOf(tier);
}

/** One customer's predicted fields from row `row` of the fit (NaN where hidden). */
export function predictedRow(fit: ModelClvResult, row: number): Record<PredictedField, number> {
	const { columns } = fit;
	const values: Record<PredictedField, number> = {
		clv: columns.clv[row],
		probabilityAlive: columns.probabilityAlive[row],
		expectedPurchases: columns.expectedPurchases[row],
		intention: columns.intention[row],
		churnRisk: columns.churnRisk[row],
		nextOrderDay: columns.nextOrderDay[row],
		avgDaysBetweenOrders: columns.averageDaysBetweenOrders[row],
		spendTier: spendTierRank(columns.spendTier[row])
	};
	if (!fit.degeneracy.usable) for (const field of MODEL_FIELDS) values[field] = NaN;
	return values;
}

/** The predicted fields for the given customers, from a CLV fit. */
export function predictedFields(
	customerIds: readonly string[],
	fit: ModelClvResult
): Record<PredictedField, Float64Array> {
	const rowOf = new Map(fit.customerIds.map((id, i) => [id, i]));
	const n = customerIds.length;
	const out = Object.fromEntries(
		PREDICTED_FIELDS.map((field) => [field, new Float64Array(n).fill(NaN)])
	) as Record<PredictedField, Float64Array>;
	customerIds.forEach((id, i) => {
		const row = rowOf.get(id);
		if (row === undefined) return;
		const values = predictedRow(fit, row);
		for (const field of PREDICTED_FIELDS) out[field][i] = values[field];
	});
	return out;
}
