/** A test oracle independent of the model code's series. */

import type { BgNbdParams } from '../bgnbd';
import { hyp2f1 } from '../special';

/** FHL (2005) eq. 10, E[Y(t) | x, t_x, T] under BG/NBD, with the general ₂F₁. */
export function bgConditionalDirect(
	params: BgNbdParams,
	t: number,
	x: number,
	tx: number,
	age: number
): number {
	const { r, alpha, a, b } = params;
	const hyper = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + age + t));
	const numerator =
		((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * hyper);
	const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + age) / (alpha + tx), r + x) : 0;
	return numerator / (1 + odds);
}
