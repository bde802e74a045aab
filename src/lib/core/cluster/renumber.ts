/**
 * A fixed numbering of clusters, so the same partition always gets the same labels whatever
 * start or seed found it: by the centre's value in a chosen column (descending, e.g. spend),
 * ties by size (descending), then by the centre coordinates (descending, column by column).
 */

import type { FlatMatrix } from './matrix';

/** `order[newLabel] = oldLabel` for the fixed numbering; `orderByColumn` null sorts by size first. */
export function clusterOrder(
	centres: FlatMatrix,
	sizes: ArrayLike<number>,
	orderByColumn: number | null
): number[] {
	const { data, rows: k, cols } = centres;
	if (orderByColumn !== null && (orderByColumn < 0 || orderByColumn >= cols)) {
		throw new RangeError(`clusterOrder: no column ${orderByColumn}`);
	}
	// NaN centres (empty clusters) compare as -Infinity so they go last.
	const value = (cluster: number, col: number): number => {
		const x = data[cluster * cols + col];
		return Number.isNaN(x) ? -Infinity : x;
	};
	const compare = (a: number, b: number): number => {
		if (orderByColumn !== null) {
			const byColumn = value(b, orderByColumn) - value(a, orderByColumn);
			if (byColumn !== 0 && !Number.isNaN(byColumn)) return byColumn;
		}
		if (sizes[a] !== sizes[b]) return sizes[b] - sizes[a];
		for (let col = 0; col < cols; col++) {
			const byCoordinate = value(b, col) - value(a, col);
			if (byCoordinate !== 0 && !Number.isNaN(byCoordinate)) return byCoordinate;
		}
		return a - b;
	};
	return Array.from({ length: k }, (_, cluster) => cluster).sort(compare);
}

/** Labels, centres and sizes renumbered by `order` (from clusterOrder). */
export function applyClusterOrder(
	order: readonly number[],
	labels: Int32Array,
	centres: FlatMatrix,
	sizes: Int32Array
): { labels: Int32Array; centres: FlatMatrix; sizes: Int32Array } {
	const { cols } = centres;
	const newLabelOf = new Int32Array(order.length);
	order.forEach((oldLabel, newLabel) => (newLabelOf[oldLabel] = newLabel));
	const newCentres = new Float64Array(centres.data.length);
	const newSizes = new Int32Array(sizes.length);
	order.forEach((oldLabel, newLabel) => {
		newCentres.set(centres.data.subarray(oldLabel * cols, (oldLabel + 1) * cols), newLabel * cols);
		newSizes[newLabel] = sizes[oldLabel];
	});
	return {
		labels: labels.map((label) => newLabelOf[label]),
		centres: { data: newCentres, rows: centres.rows, cols },
		sizes: newSizes
	};
}
