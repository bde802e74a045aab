/**
 * Customers simulated in continuous time from each model's own story (seeded), for Monte Carlo
 * checks of the closed forms: the history (x, t_x, T) at the calibration end, whether the
 * customer was still alive then, and the purchases in the window after it.
 */

import type { BgNbdParams } from '../bgnbd';
import type { ClvModelName } from '../models';
import type { ParetoNbdParams } from '../pnbd';
import { createRandom } from '../../random';
import { gammaVariate } from './simulate';

export interface SimulatedHistories {
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	/** 1 when the customer was alive at T. */
	alive: Uint8Array;
	/** Purchases in (T, T + window]. */
	windowPurchases: Uint32Array;
}

export interface HistoryOptions {
	customers: number;
	seed: number;
	/** Ages T are uniform on [minAge, maxAge]. */
	minAge: number;
	maxAge: number;
	window: number;
}

/** Histories of customers who buy and drop out as `model` says with `params`. */
export function simulateHistories(
	model: ClvModelName,
	params: BgNbdParams | ParetoNbdParams,
	options: HistoryOptions
): SimulatedHistories {
	const random = createRandom(options.seed);
	const n = options.customers;
	const out: SimulatedHistories = {
		frequency: new Float64Array(n),
		recency: new Float64Array(n),
		age: new Float64Array(n),
		alive: new Uint8Array(n),
		windowPurchases: new Uint32Array(n)
	};
	for (let c = 0; c < n; c++) {
		const age = options.minAge + (options.maxAge - options.minAge) * random.next();
		const end = age + options.window;
		const rate = gammaVariate(random, params.r) / params.alpha;
		// Death time: Pareto/NBD draws it up front; the BG models decide at purchases.
		let death = Infinity;
		let dropout = 0;
		if (model === 'pnbd') {
			const p = params as ParetoNbdParams;
			death = random.exponential(p.beta / gammaVariate(random, p.s));
		} else {
			const p = params as BgNbdParams;
			const ga = gammaVariate(random, p.a);
			dropout = ga / (ga + gammaVariate(random, p.b));
			if (model === 'mbgnbd' && random.chance(dropout)) death = 0;
		}
		let time = 0;
		let x = 0;
		let last = 0;
		let inWindow = 0;
		for (;;) {
			time += random.exponential(1 / rate);
			if (time > end || time > death) break;
			if (time <= age) {
				x++;
				last = time;
			} else inWindow++;
			if (model !== 'pnbd' && random.chance(dropout)) {
				death = time;
				break;
			}
		}
		out.frequency[c] = x;
		out.recency[c] = last;
		out.age[c] = age;
		out.alive[c] = death > age ? 1 : 0;
		out.windowPurchases[c] = inWindow;
	}
	return out;
}
