/** The figures every screen heads its segments with: customers, purchasers, orders, revenue. */

import type { CustomerMeasures } from './measures';

export interface SegmentationTotals {
	customers: number;
	/** Customers with at least one order counted as a purchase. */
	purchasers: number;
	/**
	 * Orders counted as purchases: the one order count of every screen. Returns and
	 * cancellations are not purchases; they are counted apart below.
	 */
	orders: number;
	/** Rows that reduced value (returns, reversing cancellations such as 'C' invoices). */
	returns: number;
	/** Cancelled orders that never became revenue. */
	cancellations: number;
	/** Net revenue (currency). */
	revenue: number;
}

/** Totals over every customer of the measures. */
export function segmentationTotals(measures: CustomerMeasures): SegmentationTotals {
	let orders = 0;
	let purchasers = 0;
	let returns = 0;
	let cancellations = 0;
	let revenue = 0;
	for (let i = 0; i < measures.customerIds.length; i++) {
		orders += measures.orders[i];
		if (measures.orders[i] > 0) purchasers++;
		returns += measures.returns[i];
		cancellations += measures.cancellations[i];
		revenue += measures.netValue[i];
	}
	return {
		customers: measures.customerIds.length,
		purchasers,
		orders,
		returns,
		cancellations,
		revenue
	};
}
