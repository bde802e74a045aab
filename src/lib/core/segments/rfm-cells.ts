/** The RFM score scheme: one class per R-F-M cell ('543' = R5 F4 M3), 125 cells + prospects. */

import type { SchemeBase, SegmentClass } from './classes';
import { PROSPECT_CLASS } from './classes';
import type { RfmCuts, RfmScores } from './rfm-scores';

export interface RfmScoreScheme extends SchemeBase {
	kind: 'rfm-score';
	cuts: RfmCuts;
	dataCuts: RfmCuts;
}

/** The 125 cells from 555 down to 111, then prospects: fixed, so indices are stable across runs. */
export const RFM_CELL_CLASSES: readonly SegmentClass[] = [
	...Array.from({ length: 125 }, (_, index) => {
		const r = 5 - Math.floor(index / 25);
		const f = 5 - (Math.floor(index / 5) % 5);
		const m = 5 - (index % 5);
		return { id: `${r}${f}${m}`, en: `R${r} F${f} M${m}`, zh: `R${r} F${f} M${m}` };
	}),
	PROSPECT_CLASS
];

/** Position of a cell in `RFM_CELL_CLASSES` (scores 1–5), 125 for a prospect (any score 0). */
export function rfmCellPosition(r: number, f: number, m: number): number {
	if (r === 0 || f === 0 || m === 0) return 125;
	return (5 - r) * 25 + (5 - f) * 5 + (5 - m);
}

/** Each customer's R-F-M cell. */
export function rfmScoreScheme(scores: RfmScores): RfmScoreScheme {
	const n = scores.recency.length;
	const classIndex = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		classIndex[i] = rfmCellPosition(scores.recency[i], scores.frequency[i], scores.monetary[i]);
	}
	return {
		kind: 'rfm-score',
		schemeId: 'rfm-score',
		available: true,
		missingFields: [],
		classes: [...RFM_CELL_CLASSES],
		classIndex,
		cuts: scores.cuts,
		dataCuts: scores.dataCuts
	};
}
