/** Revenue concentration: the Pareto (80/20) curve, "top x % of customers bring y % of value". */

/** A point of the curve: the top `customerShare` of customers bring `valueShare` of value (0–1). */
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
	/** The asked share of value (0–1) and the smallest share of customers bringing it (0–1). */
	valueShare: number;
	customerShareForValue: number;
}

/** The positive values (where `include` is set, if given), descending. */
export function positiveDescending(
	values: ArrayLike<number>,
	include?: ArrayLike<number>
): Float64Array {
	const out = new Float64Array(values.length);
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		// Negated so the native ascending sort gives descending values.
		if (values[i] > 0 && (!include || include[i])) out[count++] = -values[i];
	}
	const sorted = out.subarray(0, count).sort();
	for (let k = 0; k < count; k++) sorted[k] = -sorted[k];
	return sorted;
}

/** Cumulative sums: entry k is the sum of the first k of `descending`, padded to `length` + 1. */
export function cumulativeSums(descending: Float64Array, length = descending.length): Float64Array {
	const cumulative = new Float64Array(length + 1);
	for (let k = 0; k < length; k++) {
		cumulative[k + 1] = cumulative[k] + (k < descending.length ? descending[k] : 0);
	}
	return cumulative;
}

/** Share of value (0–1) brought by the top `share` of the customers, interpolated. */
function valueShareAt(cumulative: Float64Array, share: number): number {
	const population = cumulative.length - 1;
	const position = Math.min(population, Math.max(0, share * population));
	const whole = Math.floor(position);
	const next = Math.min(population, whole + 1);
	const value = cumulative[whole] + (position - whole) * (cumulative[next] - cumulative[whole]);
	return value / cumulative[population];
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
	let population = 0;
	for (let i = 0; i < include.length; i++) if (include[i]) population++;
	const cumulative = cumulativeSums(positiveDescending(values, include), population);
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
