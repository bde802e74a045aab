/**
 * The home dashboard's figures: totals and period, revenue concentration, primary-segment sizes
 * (all from the current data with the last used settings), what changed between the last
 * two stored runs, and the owner's short list for the week.
 */

import { orderPeriod } from '$lib/core/order-period';
import { ownerWeek, weekActions, type WeekGroup, type WeekList } from '$lib/core/owner-week';
import { changesBetween, classIdsOf, type RunChanges } from '$lib/core/run-changes';
import { comparisonRun } from '$lib/core/run-thinning';
import type { AnyScheme } from '$lib/core/segments';
import type { SegmentRun } from '$lib/core/segments/runs';
import { seededStrategy, strategyId } from '$lib/core/strategy/checklist';
import { allStrategies } from '$lib/db/strategies';
import { listRuns, runById } from '$lib/db/runs';
import { savedSegmentSettings, segmentation } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';
import { segment, type SegmentationView } from './segmentation';

/** The owner's week: best customers, slipping customers, next actions per segment. */
export interface OwnerWeekView {
	top: WeekList;
	slipping: WeekList & { basis: 'movement' | 'lifecycle' };
	/** The primary scheme's segments with open actions, largest revenue first. */
	groups: WeekGroup[];
}

export interface DashboardView {
	segmentation: SegmentationView;
	period: { firstDay: number; lastDay: number } | null;
	changes: RunChanges | null;
	/** Names of the changes' newly lapsing customers ('' without one), by id. */
	names: Record<string, string>;
	week: OwnerWeekView;
}

/** Each customer's class id in a scheme of the current segmentation, or null without it. */
function classIdsNow(schemes: readonly AnyScheme[], schemeId: string): string[] | null {
	const scheme = schemes.find(
		(candidate) => candidate.schemeId === schemeId && candidate.available
	);
	if (!scheme) return null;
	return Array.from(scheme.classIndex, (index) => scheme.classes[index].id);
}

/** The short list from the current data and, when there is one, the comparison run. */
async function week(before: SegmentRun | undefined): Promise<OwnerWeekView> {
	const snap = await snapshot();
	const computed = await segmentation(snap, await savedSegmentSettings());
	const { measures, records, result } = computed;
	const lists = ownerWeek({
		customerIds: measures.customerIds,
		names: records.map((record) => record?.name),
		value: measures.netValue,
		orders: measures.orders,
		recencyDays: measures.recencyDays,
		clv: computed.fields.extra?.clv,
		lifecycle: classIdsNow(result.schemes, 'lifecycle'),
		tier: classIdsNow(result.schemes, 'value-tier'),
		previous: before
			? { lifecycle: classIdsOf(before, 'lifecycle'), tier: classIdsOf(before, 'value-tier') }
			: null
	});
	const primary = result.primary
		? result.schemes.find((scheme) => scheme.schemeId === result.primary?.schemeId)
		: undefined;
	let groups: WeekGroup[] = [];
	if (primary) {
		const stored = new Map(
			(await allStrategies()).map((strategy) => [strategy.id, strategy] as const)
		);
		const summaries = result.summaries[primary.schemeId] ?? [];
		groups = weekActions(
			primary.classes.map((segmentClass, c) => ({
				// Seeds in English; the screen shows template actions in its own language.
				strategy:
					stored.get(strategyId(primary.schemeId, segmentClass.id)) ??
					seededStrategy(primary.schemeId, segmentClass, 'en'),
				customers: summaries[c]?.customers ?? 0,
				revenue: summaries[c]?.revenue ?? 0
			}))
		);
	}
	return { ...lists, groups };
}

/** Everything the home dashboard shows. */
export async function dashboard(): Promise<DashboardView> {
	const segmentation = await segment(await savedSegmentSettings(), undefined, false);
	const runs = await listRuns();
	let changes: RunChanges | null = null;
	let before: SegmentRun | undefined;
	// Changes are between data versions: two runs on the same data show none.
	const earlier = comparisonRun(runs);
	if (earlier && earlier.dataVersion !== runs[0].dataVersion) {
		const [after, earlierRun] = await Promise.all([runById(runs[0].id), runById(earlier.id)]);
		if (after && earlierRun) {
			changes = changesBetween(earlierRun, after);
			before = earlierRun;
		}
	}
	const { orders, customers } = await (await snapshot()).store();
	const names: Record<string, string> = {};
	if (changes) {
		const wanted = new Set(changes.newlyLapsingValuable.customerIds);
		for (const customer of customers)
			if (wanted.has(customer.id)) names[customer.id] = customer.name;
	}
	return { segmentation, period: orderPeriod(orders), changes, names, week: await week(before) };
}
