/**
 * Colours for one series per segment. The shared palette has ten colours; schemes with more
 * classes (RFM segments have eleven, plus "gone") continue with Paul Tol's muted colours rather
 * than repeat the first ones.
 */

import { PALETTE, colourOf } from '$lib/ui/charts/chart-setup';

const MORE = ['#882255', '#44AA99', '#999933', '#332288', '#AA4499', '#DDCC77'];

/** The colour of series k. */
export function seriesColour(k: number): string {
	return k < PALETTE.length ? colourOf(k) : MORE[(k - PALETTE.length) % MORE.length];
}
