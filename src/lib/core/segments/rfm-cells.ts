/** The RFM score scheme: one class per R-F-M cell ('543' = R5 F4 M3), 125 cells + prospects. */

import type { TemplateId } from '../strategy/templates';
import type { SchemeBase, SegmentClass } from './classes';
import { PROSPECT_CLASS } from './classes';
import type { RfmCuts, RfmScores } from './rfm-scores';
import { DEFAULT_RFM_SETTINGS } from './rfm-scores';
import { defineScheme } from './scheme-entry';
import { stringLiteral } from '../sql/dialect';

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

/** A cell's seed checklist by its recency and frequency scores, as the named map reads them. */
function cellTemplate(classId: string): TemplateId | null {
	const match = /^([1-5])([1-5])([1-5])$/.exec(classId);
	if (!match) return null;
	const [r, f, m] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (r >= 4 && f >= 4) return m >= 4 ? 'top-value' : 'loyal';
	if (r >= 4 && f === 1) return 'new';
	if (r <= 2 && f <= 2) return m >= 4 ? 'at-risk' : 'churned';
	if (r <= 2) return 'at-risk';
	return 'middle-value';
}

/** One digit of a customer's cell (0 R, 1 F, 2 M); empty for a prospect. */
function cellDigit(scheme: RfmScoreScheme, i: number, digit: number): number | undefined {
	const id = scheme.classes[scheme.classIndex[i]].id;
	return /^[1-5]{3}$/.test(id) ? Number(id[digit]) : undefined;
}

export const rfmScoreEntry = defineScheme({
	id: 'rfm-score',
	// The RFM settings make the scores that the named map and the cells both read.
	settings: { key: 'rfm', defaults: DEFAULT_RFM_SETTINGS },
	compute: (inputs) => rfmScoreScheme(inputs.scores),
	nameKey: 'scheme.rfm-score',
	topic: 'rfm',
	panel: [
		{
			kind: 'choice',
			key: 'monetary',
			label: 'rfm.monetary',
			options: [
				{ value: 'total', label: 'rfm.monetary.total' },
				{ value: 'average', label: 'rfm.monetary.average' }
			]
		},
		{ kind: 'explain', topic: 'rfm-cuts' },
		{ kind: 'rfm-cuts' }
	],
	templateOf: cellTemplate,
	goals: { growth: 4, cost: 3 },
	cliColumns: [
		{ header: 'r', value: (scheme, i) => cellDigit(scheme, i, 0) },
		{ header: 'f', value: (scheme, i) => cellDigit(scheme, i, 1) },
		{ header: 'm', value: (scheme, i) => cellDigit(scheme, i, 2) }
	],
	showsScores: true,
	// The scores come from the query's base (`core/sql/base-query.ts`), as `compute`'s do.
	sql: ({ dialect }) => ({
		classId: `CASE WHEN p.r_score IS NULL THEN ${stringLiteral(dialect, PROSPECT_CLASS.id)} ELSE CAST(p.r_score * 100 + p.f_score * 10 + p.m_score AS ${dialect.text}) END`,
		columns: { r: 'p.r_score', f: 'p.f_score', m: 'p.m_score' }
	})
});
