/**
 * Orders simulated from the BG/NBD and Gamma-Gamma models themselves (seeded), for tests that
 * recover known parameters and for timing at 100,000 customers.
 */

import type { BgNbdParams } from '../bgnbd';
import type { GammaGammaParams } from '../gammagamma';
import type { DayNumber, OrderColumns } from '../../model';
import { ORDER_STATUS } from '../../model';
import { createRandom, type Random } from '../../random';

export interface SimulationOptions {
	customers: number;
	seed: number;
	/** BG/NBD parameters with α in days. */
	purchase: BgNbdParams;
	spend: GammaGammaParams;
	/** First purchases fall uniformly on days firstDay … firstDay + birthDays − 1. */
	firstDay: DayNumber;
	birthDays: number;
	/** Last day simulated. */
	endDay: DayNumber;
}

/** A Gamma(shape, 1) variate (Marsaglia & Tsang, boosted for shape < 1). */
export function gammaVariate(random: Random, shape: number): number {
	if (shape < 1) return gammaVariate(random, shape + 1) * Math.pow(1 - random.next(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = random.normal();
		const v = Math.pow(1 + c * x, 3);
		if (v <= 0) continue;
		const u = 1 - random.next();
		if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}

/** Orders of customers who buy and drop out as BG/NBD says, spending as Gamma-Gamma says. */
export function simulateOrders(options: SimulationOptions): OrderColumns {
	const random = createRandom(options.seed);
	const { r, alpha, a, b } = options.purchase;
	const { p, q, v } = options.spend;
	const customer: number[] = [];
	const day: number[] = [];
	const amount: number[] = [];
	for (let c = 0; c < options.customers; c++) {
		const rate = gammaVariate(random, r) / alpha;
		const ga = gammaVariate(random, a);
		const dropout = ga / (ga + gammaVariate(random, b));
		const spendRate = gammaVariate(random, q) / v;
		let time = options.firstDay + random.int(0, options.birthDays - 1);
		for (let purchase = 0; ; purchase++) {
			customer.push(c);
			day.push(Math.floor(time));
			amount.push(Math.round((gammaVariate(random, p) / spendRate) * 100) / 100);
			// BG/NBD customers can drop out only after a repeat purchase.
			if (purchase > 0 && random.chance(dropout)) break;
			time += random.exponential(1 / rate);
			if (time >= options.endDay + 1) break;
		}
	}
	const n = day.length;
	return {
		customerIds: Array.from({ length: options.customers }, (_, i) => `S${i}`),
		customer: Uint32Array.from(customer),
		day: Int32Array.from(day),
		secondOfDay: new Int32Array(n).fill(-1),
		amount: Float64Array.from(amount),
		cost: new Float64Array(n).fill(NaN),
		quantity: new Float64Array(n).fill(1),
		status: new Uint8Array(n).fill(ORDER_STATUS.ok),
		orderId: new Array<string>(n).fill(''),
		product: new Array<string>(n).fill('')
	};
}
