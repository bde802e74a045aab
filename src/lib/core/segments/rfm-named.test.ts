import { describe, expect, it } from 'vitest';
import { NAMED_GRID, RFM_NAMED_CLASSES, namedClassOf, rfmNamedScheme } from './rfm-named';
import type { RfmScores } from './rfm-scores';

/** The brief's list, read as ranges: [class, R scores, F scores]. */
const BRIEF: [string, number[], number[]][] = [
	['champions', [5], [4, 5]],
	['loyal', [3, 4], [4, 5]],
	['potential-loyalist', [4, 5], [2, 3]],
	['new', [5], [1]],
	['promising', [4], [1]],
	['need-attention', [3], [3]],
	['about-to-sleep', [3], [1, 2]],
	['at-risk', [1, 2], [3, 4]],
	['cant-lose', [1, 2], [5]],
	['hibernating', [1, 2], [1, 2]]
];

describe('RFM named map', () => {
	it('puts every one of the 25 R×F cells in exactly one class, as the brief lists them', () => {
		for (let r = 1; r <= 5; r++) {
			for (let f = 1; f <= 5; f++) {
				const listed = BRIEF.filter(([, rs, fs]) => rs.includes(r) && fs.includes(f));
				expect(listed, `cell R${r} F${f}`).toHaveLength(1);
				expect(namedClassOf(r, f), `cell R${r} F${f}`).toBe(listed[0][0]);
			}
		}
	});

	it('uses every named class, and the grid has 5 × 5 cells', () => {
		expect(NAMED_GRID.flat()).toHaveLength(25);
		const used = new Set(NAMED_GRID.flat());
		expect([...used].sort()).toEqual(BRIEF.map(([id]) => id).sort());
		expect(RFM_NAMED_CLASSES.map((c) => c.zh)).toContain('冠军客户');
	});

	it('puts unscored customers (no purchase) in the prospect class', () => {
		expect(namedClassOf(0, 0)).toBe('prospect');
		const scores: RfmScores = {
			recency: Uint8Array.from([5, 0, 1]),
			frequency: Uint8Array.from([5, 0, 5]),
			monetary: Uint8Array.from([1, 0, 1]),
			cuts: { recency: [], frequency: [], monetary: [] },
			dataCuts: { recency: [], frequency: [], monetary: [] },
			monetaryBasis: 'total'
		};
		const scheme = rfmNamedScheme(scores);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'champions',
			'prospect',
			'cant-lose'
		]);
	});
});
