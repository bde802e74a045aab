/**
 * Predicted value as per-customer fields for schemes and rules: the CLV fit's columns aligned
 * with the segmentation measures' customers (NaN for customers the fit did not score).
 */

import type { ClvResult } from './clv';

/** Names of the predicted fields, as rules and the field lists show them. */
export const PREDICTED_FIELDS = [
	'clv',
	'probabilityAlive',
	'expectedPurchases',
	'intention'
] as const;
export type PredictedField = (typeof PREDICTED_FIELDS)[number];

/** The predicted fields for the given customers, from a CLV fit. */
export function predictedFields(
	customerIds: readonly string[],
	fit: ClvResult
): Record<PredictedField, Float64Array> {
	const rowOf = new Map(fit.customerIds.map((id, i) => [id, i]));
	const n = customerIds.length;
	const out = {
		clv: new Float64Array(n).fill(NaN),
		probabilityAlive: new Float64Array(n).fill(NaN),
		expectedPurchases: new Float64Array(n).fill(NaN),
		intention: new Float64Array(n).fill(NaN)
	};
	customerIds.forEach((id, i) => {
		const row = rowOf.get(id);
		if (row === undefined) return;
		out.clv[i] = fit.columns.clv[row];
		out.probabilityAlive[i] = fit.columns.probabilityAlive[row];
		out.expectedPurchases[i] = fit.columns.expectedPurchases[row];
		out.intention[i] = fit.columns.intention[row];
	});
	return out;
}
