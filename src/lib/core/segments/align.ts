/** Re-aligning per-customer columns between two orders of customer ids. */

/** `values` (aligned with `fromIds`) in the order of `toIds`; NaN for an id `fromIds` lacks. */
export function alignColumn(
	fromIds: readonly string[],
	values: ArrayLike<number>,
	toIds: readonly string[]
): Float64Array {
	const rowOf = new Map(fromIds.map((id, i) => [id, i]));
	return Float64Array.from(toIds, (id) => {
		const row = rowOf.get(id);
		return row === undefined ? NaN : values[row];
	});
}
