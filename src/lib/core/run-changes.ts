/** What changed between two stored runs, in the words of the home dashboard. */

import { compareRuns, type SegmentRun } from './segments';

export interface RunChanges {
	before: { id: string; createdAt: number };
	after: { id: string; createdAt: number };
	/** Customers in both runs whose value tier rose or fell (key is the top tier). */
	tierUp: number;
	tierDown: number;
	/** Customers now lapsing or churned who were not before and are key or major accounts now. */
	newlyLapsingValuable: { count: number; customerIds: string[] };
	/** Customers only in the later run. */
	newCustomers: number;
}

/** Value tiers from the top. */
const TIER_ORDER = ['key', 'major', 'ordinary', 'small'];
const LAPSED = new Set(['lapsing', 'churned']);
const VALUABLE = new Set(['key', 'major']);

/** Each customer's class id in one scheme of a run, or null when the run lacks the scheme. */
export function classIdsOf(run: SegmentRun, schemeId: string): Map<string, string> | null {
	const scheme = run.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!scheme) return null;
	const byCustomer = new Map<string, string>();
	run.customerIds.forEach((id, i) => byCustomer.set(id, scheme.classes[scheme.classIndex[i]].id));
	return byCustomer;
}

/** What moved between two runs: tiers up and down, valuable customers starting to lapse. */
export function changesBetween(before: SegmentRun, after: SegmentRun): RunChanges {
	let tierUp = 0;
	let tierDown = 0;
	if (
		before.schemes.some((s) => s.schemeId === 'value-tier') &&
		after.schemes.some((s) => s.schemeId === 'value-tier')
	) {
		const matrix = compareRuns(before, after, 'value-tier');
		const rows = matrix.from.length - 1;
		const columns = matrix.to.length - 1;
		for (let r = 0; r < rows; r++) {
			for (let c = 0; c < columns; c++) {
				const fromRank = TIER_ORDER.indexOf(matrix.from[r].id);
				const toRank = TIER_ORDER.indexOf(matrix.to[c].id);
				if (toRank < fromRank) tierUp += matrix.counts[r][c];
				if (toRank > fromRank) tierDown += matrix.counts[r][c];
			}
		}
	}
	const lifecycleBefore = classIdsOf(before, 'lifecycle');
	const lifecycleAfter = classIdsOf(after, 'lifecycle');
	const tierAfter = classIdsOf(after, 'value-tier');
	const lapsing: string[] = [];
	if (lifecycleBefore && lifecycleAfter && tierAfter) {
		for (const [id, stage] of lifecycleAfter) {
			const earlier = lifecycleBefore.get(id);
			if (
				earlier &&
				LAPSED.has(stage) &&
				!LAPSED.has(earlier) &&
				VALUABLE.has(tierAfter.get(id) ?? '')
			)
				lapsing.push(id);
		}
	}
	const earlierIds = new Set(before.customerIds);
	return {
		before: { id: before.id, createdAt: before.createdAt },
		after: { id: after.id, createdAt: after.createdAt },
		tierUp,
		tierDown,
		newlyLapsingValuable: { count: lapsing.length, customerIds: lapsing.slice(0, 50) },
		newCustomers: after.customerIds.filter((id) => !earlierIds.has(id)).length
	};
}
