/**
 * The RFM named map on the R×F score grid, exactly as the brief lists it: every one of the 25
 * cells belongs to exactly one class. Customers without a purchase (no scores) are prospects.
 */

import type { SchemeBase, SegmentClass } from './classes';
import { PROSPECT_CLASS } from './classes';
import type { RfmScores } from './rfm-scores';
import { defineScheme, templateTable } from './scheme-entry';
import { stringLiteral, type Dialect } from '../sql/dialect';
import { caseWhen } from '../sql/step';

export interface RfmNamedScheme extends SchemeBase {
	kind: 'rfm-named';
}

export const RFM_NAMED_CLASSES: readonly SegmentClass[] = [
	{ id: 'champions', en: 'Champions', zh: '冠军客户' },
	{ id: 'loyal', en: 'Loyal', zh: '忠诚客户' },
	{ id: 'potential-loyalist', en: 'Potential loyalist', zh: '潜力客户' },
	{ id: 'new', en: 'New', zh: '新客户' },
	{ id: 'promising', en: 'Promising', zh: '有望客户' },
	{ id: 'need-attention', en: 'Need attention', zh: '需关注客户' },
	{ id: 'about-to-sleep', en: 'About to sleep', zh: '将沉睡客户' },
	{ id: 'at-risk', en: 'At risk', zh: '流失风险客户' },
	{ id: 'cant-lose', en: "Can't lose", zh: '不能失去的客户' },
	{ id: 'hibernating', en: 'Hibernating', zh: '沉睡客户' },
	PROSPECT_CLASS
];

/** Class id per cell: `NAMED_GRID[5 - r][f - 1]`, rows R5 to R1, columns F1 to F5. */
export const NAMED_GRID: readonly (readonly string[])[] = [
	['new', 'potential-loyalist', 'potential-loyalist', 'champions', 'champions'],
	['promising', 'potential-loyalist', 'potential-loyalist', 'loyal', 'loyal'],
	['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
	['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
	['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose']
];

const PROSPECT_POSITION = RFM_NAMED_CLASSES.length - 1;
const GRID_POSITIONS = NAMED_GRID.map((row) =>
	row.map((id) => RFM_NAMED_CLASSES.findIndex((segmentClass) => segmentClass.id === id))
);

/** The named class id of an R and F score (1–5); 'prospect' when either is 0 (no purchase). */
export function namedClassOf(r: number, f: number): string {
	return RFM_NAMED_CLASSES[namedPosition(r, f)].id;
}

function namedPosition(r: number, f: number): number {
	if (r < 1 || r > 5 || f < 1 || f > 5) return PROSPECT_POSITION;
	return GRID_POSITIONS[5 - r][f - 1];
}

/** Each customer's named class from their R and F scores. */
export function rfmNamedScheme(scores: RfmScores): RfmNamedScheme {
	const n = scores.recency.length;
	const classIndex = new Uint8Array(n);
	for (let i = 0; i < n; i++) classIndex[i] = namedPosition(scores.recency[i], scores.frequency[i]);
	return {
		kind: 'rfm-named',
		schemeId: 'rfm-named',
		available: true,
		missingFields: [],
		classes: [...RFM_NAMED_CLASSES],
		classIndex
	};
}

/** The named class as SQL: the R×F cells of each class as `r × 10 + f` codes. */
function namedClassSql(dialect: Dialect): string {
	const cells = new Map<string, number[]>();
	NAMED_GRID.forEach((row, k) =>
		row.forEach((id, j) => cells.set(id, [...(cells.get(id) ?? []), (5 - k) * 10 + j + 1]))
	);
	return caseWhen(
		[
			['p.r_score IS NULL', stringLiteral(dialect, PROSPECT_CLASS.id)],
			...[...cells].map(([id, codes]): [string, string] => [
				`p.r_score * 10 + p.f_score IN (${codes.join(', ')})`,
				stringLiteral(dialect, id)
			])
		],
		'NULL'
	);
}

export const rfmNamedEntry = defineScheme({
	id: 'rfm-named',
	settings: null,
	compute: (inputs) => rfmNamedScheme(inputs.scores),
	nameKey: 'scheme.rfm-named',
	topic: 'rfm-named',
	panel: [{ kind: 'note', message: 'rfm.usesScores' }],
	templateOf: templateTable({
		champions: 'top-value',
		loyal: 'loyal',
		'potential-loyalist': 'middle-value',
		promising: 'middle-value',
		'need-attention': 'middle-value',
		new: 'new',
		'about-to-sleep': 'at-risk',
		'at-risk': 'at-risk',
		'cant-lose': 'at-risk',
		hibernating: 'churned'
	}),
	goals: { retention: 2, growth: 1 },
	cliColumns: [{ header: 'rfm_segment' }],
	showsScores: true,
	sql: ({ dialect }) => ({ classId: namedClassSql(dialect) })
});
