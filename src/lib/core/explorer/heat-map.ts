/**
 * The R×F heat map: customers and revenue in each cell of the 5×5 grid of recency and frequency
 * scores, for everyone and for each class of a scheme, and the shade of a cell. Customers
 * without a purchase have no scores (0) and sit outside the grid.
 */

/** Scores run 1..SCORE_LEVELS. */
export const SCORE_LEVELS = 5;

/** Counts and revenue per cell; cell (r, f) is at `cellIndex(r, f)`. */
export interface RfGrid {
	/** Customers per cell. */
	count: Float64Array;
	/** Σ net value per cell (currency). */
	revenue: Float64Array;
	/** Customers of the group without scores (no purchase). */
	outside: number;
}

/** Position of the cell with R score `r` and F score `f` (both 1..5). */
export function cellIndex(r: number, f: number): number {
	return (r - 1) * SCORE_LEVELS + (f - 1);
}

function emptyGrid(): RfGrid {
	const cells = SCORE_LEVELS * SCORE_LEVELS;
	return { count: new Float64Array(cells), revenue: new Float64Array(cells), outside: 0 };
}

/**
 * The grid of all customers and one per class (`classIndex` aligned with the scores; a negative
 * class, a customer without one, counts in the overall grid only).
 */
export function rfGrids(
	recencyScores: ArrayLike<number>,
	frequencyScores: ArrayLike<number>,
	netValue: ArrayLike<number>,
	classIndex: ArrayLike<number>,
	classCount: number
): { overall: RfGrid; byClass: RfGrid[] } {
	const overall = emptyGrid();
	const byClass = Array.from({ length: classCount }, emptyGrid);
	for (let i = 0; i < classIndex.length; i++) {
		const group = classIndex[i] >= 0 ? byClass[classIndex[i]] : undefined;
		const r = recencyScores[i];
		const f = frequencyScores[i];
		if (!(r >= 1 && f >= 1)) {
			overall.outside++;
			if (group) group.outside++;
			continue;
		}
		const cell = cellIndex(r, f);
		overall.count[cell]++;
		overall.revenue[cell] += netValue[i];
		if (group) {
			group.count[cell]++;
			group.revenue[cell] += netValue[i];
		}
	}
	return { overall, byClass };
}

/** The shaded end of the scale (the brand colour, #0f5c55) and the paper end (white). */
const DARK = [0x0f, 0x5c, 0x55] as const;
/**
 * The darkest shade mixes in at most this share of the brand colour, so the dark text of every
 * cell keeps a contrast of at least 7:1 (WCAG AAA) on its background.
 */
export const MAX_SHADE = 0.42;

/** The background of a cell holding `value` of at most `max`: white to brand, as `rgb(…)`. */
export function heatShade(value: number, max: number): string {
	const share = max > 0 && value > 0 ? Math.min(1, value / max) : 0;
	const mix = share * MAX_SHADE;
	const channel = (dark: number) => Math.round(255 + (dark - 255) * mix);
	return `rgb(${channel(DARK[0])}, ${channel(DARK[1])}, ${channel(DARK[2])})`;
}

/** The largest value of a grid's cells (0 when empty). */
export function gridMax(values: ArrayLike<number>): number {
	let max = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
	return max;
}
