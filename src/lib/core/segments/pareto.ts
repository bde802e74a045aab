/** Revenue concentration: the Pareto (80/20) curve and "top x % of customers bring y % of value". */

/** One point of the curve: the top `customerShare` of customers bring `valueShare` of the value (0–1). */
export interface ParetoPoint {
	customerShare: number;
	valueShare: number;
}

export interface ParetoSummary {
	/** Customers on the curve (those with a purchase). */
	customers: number;
	/** Σ of the positive values (currency): the 100 % of the curve. */
	positiveValue: number;
	/** At most `maxPoints` points from (0, 0) to (1, 1), evenly spaced in customers. */
	curve: ParetoPoint[];
	/** The asked share of customers (0–1) and the share of value the top ones bring (0–1). */
	topCustomerShare: number;
	valueShareOfTop: number;
	/** The asked share of value (0–1) and the smallest share of customers that brings it (0–1). */
	valueShare: number;
	customerShareForValue: number;
}

/** Indices of the customers with a positive value, by value descending (ties by index). */
export function byValueDescending(values: ArrayLike<number>): Uint32Array {
	let count = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > 0) count++;
	const order = new Uint32Array(count);
	count = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > 0) order[count++] = i;
	return order.sort((a, b) => values[b] - values[a] || a - b);
}

/** Cumulative positive value of the top k customers, k = 0..population (currency). */
function cumulativeTop(values: ArrayLike<number>, order: Uint32Array, population: number) {
	const cumulative = new Float64Array(population + 1);
	for (let k = 0; k < population; k++) {
		cumulative[k + 1] = cumulative[k] + (k < order.length ? values[order[k]] : 0);
	}
	return cumulative;
}

/** Share of value (0–1) brought by the top `share` of `population` customers, interpolated. */
function valueShareAt(cumulative: Float64Array, share: number): number {
	const population = cumulative.length - 1;
	const total = cumulative[population];
	const position = Math.min(population, Math.max(0, share * population));
	const whole = Math.floor(position);
	const next = Math.min(population, whole + 1);
	const value =
		cumulative[whole] + (position - whole) * (cumulative[next] - cumulative[whole]);
	return value / total;
}

/** Smallest share of customers (0–1) whose cumulative value reaches `share` of the total. */
function customerShareAt(cumulative: Float64Array, share: number): number {
	const population = cumulative.length - 1;
	const target = share * cumulative[population];
	let k = 0;
	while (k < population && cumulative[k] < target) k++;
	return k / population;
}

/**
 * The Pareto figures of `values` (currency; non-positive values bring nothing) over the
 * customers where `include` is set.
 */
export function paretoSummary(
	values: ArrayLike<number>,
	include: ArrayLike<number>,
	topCustomerShare = 0.2,
	valueShare = 0.8,
	maxPoints = 200
): ParetoSummary {
	const included = Float64Array.from(values, (value, i) => (include[i] ? value : NaN));
	let population = 0;
	for (let i = 0; i < include.length; i++) if (include[i]) population++;
	const order = byValueDescending(included);
	const cumulative = cumulativeTop(included, order, population);
	const positiveValue = cumulative[population];
	if (!(positiveValue > 0)) {
		return {
			customers: population,
			positiveValue: 0,
			curve: [],
			topCustomerShare,
			valueShareOfTop: NaN,
			valueShare,
			customerShareForValue: NaN
		};
	}
	const points = Math.max(2, Math.min(population + 1, maxPoints));
	const curve = Array.from({ length: points }, (_, j) => {
		const k = Math.round((j * population) / (points - 1));
		return { customerShare: k / population, valueShare: cumulative[k] / positiveValue };
	});
	return {
		customers: population,
		positiveValue,
		curve,
		topCustomerShare,
		valueShareOfTop: valueShareAt(cumulative, topCustomerShare),
		valueShare,
		customerShareForValue: customerShareAt(cumulative, valueShare)
	};
}
