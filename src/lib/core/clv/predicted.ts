/**
 * The predicted fields shops show on every customer profile (Klaviyo, Shopify): churn risk,
 * expected date of the next order, average days between orders and a spend tier for the next
 * 12 months — as pure functions of the fitted columns (`score-model.ts`) and the summary.
 */

import type { DayNumber } from '../model';
import { UNIT_DAYS, type TimeUnit } from './summary';

/** Default churn-risk window: P(no order in the next 90 days). */
export const DEFAULT_CHURN_DAYS = 90;

/** A window of `days` in model units (with weeks, N days = N / 7 weeks). */
export function churnWindow(days: number, unit: TimeUnit): number {
	return days / UNIT_DAYS[unit];
}

/**
 * Expected date of the next order: the calibration end plus the median time to the next
 * purchase, rounded up to a whole day. NaN when no next order is more likely than not.
 */
export function nextOrderDay(
	calibrationEnd: DayNumber,
	nextPurchaseIn: number,
	unit: TimeUnit
): DayNumber {
	if (!Number.isFinite(nextPurchaseIn)) return NaN;
	return calibrationEnd + Math.max(1, Math.ceil(nextPurchaseIn * UNIT_DAYS[unit] - 1e-9));
}

/**
 * Average days between orders: first to last transaction over the number of gaps, t_x / x in
 * days (same-day orders are one transaction); NaN for customers with a single transaction.
 */
export function averageDaysBetweenOrders(recencyDays: number, frequency: number): number {
	return frequency > 0 ? recencyDays / frequency : NaN;
}

export const SPEND_TIERS = ['high', 'medium', 'low'] as const;
export type SpendTier = (typeof SPEND_TIERS)[number];

/** Shares of customers in the top tiers, as Shopify's predicted spend tiers: 20 %, next 30 %. */
export const HIGH_SHARE = 0.2;
export const MEDIUM_SHARE = 0.3;

/**
 * Predicted spend tier of every customer from the predicted CLV of the next 12 months: high for
 * the top 20 % of customers with a prediction, medium for the next 30 %, low for the rest; null
 * without a prediction (NaN). A customer's position is the number of customers predicted to
 * spend strictly more, so customers with equal predictions share a tier.
 */
export function spendTiers(clv: ArrayLike<number>): (SpendTier | null)[] {
	const finite: number[] = [];
	for (let i = 0; i < clv.length; i++) if (Number.isFinite(clv[i])) finite.push(clv[i]);
	finite.sort((u, v) => v - u);
	const n = finite.length;
	const tiers: (SpendTier | null)[] = [];
	for (let i = 0; i < clv.length; i++) {
		const value = clv[i];
		if (!Number.isFinite(value)) {
			tiers.push(null);
			continue;
		}
		const above = countAbove(finite, value);
		tiers.push(
			above < HIGH_SHARE * n ? 'high' : above < (HIGH_SHARE + MEDIUM_SHARE) * n ? 'medium' : 'low'
		);
	}
	return tiers;
}

/** How many values of a descending list are strictly greater than `value` (binary search). */
function countAbove(descending: readonly number[], value: number): number {
	let lo = 0;
	let hi = descending.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (descending[mid] > value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
