/**
 * Greedy k-means++ starting centres (Arthur & Vassilvitskii 2007, greedy variant as in
 * scikit-learn): each new centre is the best of a few candidates drawn with probability
 * proportional to the squared distance to the nearest centre chosen so far. Works on the flat
 * matrix in O(k × trials × rows × cols), far cheaper than ml-kmeans's own start-up at 100k rows.
 */

import type { Random } from '../random';
import type { FlatMatrix } from './matrix';

/** The number of candidates per centre scikit-learn uses: 2 + ⌊ln k⌋. */
export function defaultLocalTrials(k: number): number {
	return 2 + Math.floor(Math.log(k));
}

/** k starting centres (copies of data rows) chosen by greedy k-means++. */
export function kMeansPlusPlus(
	points: FlatMatrix,
	k: number,
	random: Random,
	localTrials = defaultLocalTrials(k)
): FlatMatrix {
	const { data, rows, cols } = points;
	if (!Number.isInteger(k) || k < 1 || k > rows) {
		throw new RangeError(`kMeansPlusPlus: k = ${k} for ${rows} rows`);
	}
	const centres = new Float64Array(k * cols);
	// Squared distance of each row to its nearest chosen centre; `trial` is the scratch copy for a
	// candidate, swapped in when the candidate wins.
	let closest = new Float64Array(rows);
	let trial = new Float64Array(rows);
	let best = new Float64Array(rows);
	const cumulative = new Float64Array(rows);

	const first = Math.floor(random.next() * rows);
	centres.set(data.subarray(first * cols, (first + 1) * cols), 0);
	let potential = distancesTo(points, first, closest, null);

	for (let centre = 1; centre < k; centre++) {
		let running = 0;
		for (let row = 0; row < rows; row++) cumulative[row] = running += closest[row];
		let chosen = -1;
		let chosenPotential = Infinity;
		for (let t = 0; t < localTrials; t++) {
			// All rows sit on a chosen centre (duplicates): any row is as good as another.
			const candidate =
				potential > 0
					? drawProportional(cumulative, random.next() * running)
					: Math.floor(random.next() * rows);
			const candidatePotential = distancesTo(points, candidate, trial, closest);
			if (candidatePotential < chosenPotential) {
				chosen = candidate;
				chosenPotential = candidatePotential;
				[best, trial] = [trial, best];
			}
		}
		centres.set(data.subarray(chosen * cols, (chosen + 1) * cols), centre * cols);
		[closest, best] = [best, closest];
		potential = chosenPotential;
	}
	return { data: centres, rows: k, cols };
}

/**
 * Fills `out` with each row's squared distance to row `from`, capped by `cap` when given, and
 * returns the sum (the potential if `from` were added as a centre).
 */
function distancesTo(
	points: FlatMatrix,
	from: number,
	out: Float64Array,
	cap: Float64Array | null
): number {
	const { data, rows, cols } = points;
	const fromOffset = from * cols;
	let sum = 0;
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		let distance = 0;
		for (let col = 0; col < cols; col++) {
			const difference = data[offset + col] - data[fromOffset + col];
			distance += difference * difference;
		}
		if (cap !== null && cap[row] < distance) distance = cap[row];
		out[row] = distance;
		sum += distance;
	}
	return sum;
}

/** The first index whose cumulative weight exceeds `target` (binary search); never a zero weight. */
function drawProportional(cumulative: Float64Array, target: number): number {
	let low = 0;
	let high = cumulative.length - 1;
	// Rounding can put the target at or past the total: fall back to the last positive weight.
	if (target >= cumulative[high]) {
		while (high > 0 && cumulative[high - 1] === cumulative[high]) high--;
		return high;
	}
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle] > target) high = middle;
		else low = middle + 1;
	}
	return low;
}
