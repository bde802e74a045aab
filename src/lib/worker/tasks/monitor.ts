/** Monitoring: who moved between the segments of a scheme from one stored run to another. */

import { migrationCellMembers } from '$lib/core/strategy/migration';
import { compareRuns, type Migration } from '$lib/core/segments/runs';
import type { SegmentRun } from '$lib/core/segments/runs';
import { runById } from '$lib/db/runs';
import { alignColumn } from '$lib/core/segments/align';
import { measuresAsOf } from './strategies-measures';

export interface MigrationView extends Migration {
	before: { id: string; createdAt: number };
	after: { id: string; createdAt: number };
}

/** One customer of a migration cell: id, name and net revenue as of the later run. */
export interface MovedCustomer {
	id: string;
	name: string;
	revenue: number;
}

async function bothRuns(beforeId: string, afterId: string): Promise<[SegmentRun, SegmentRun]> {
	const [before, after] = await Promise.all([runById(beforeId), runById(afterId)]);
	if (!before || !after) throw new Error('a chosen run is no longer stored');
	return [before, after];
}

/**
 * The migration matrix of a scheme between two runs, counts and revenue: each customer's net
 * revenue (currency) up to the later run's analysis day.
 */
export async function migration(
	beforeId: string,
	afterId: string,
	schemeId: string
): Promise<MigrationView> {
	const [before, after] = await bothRuns(beforeId, afterId);
	const { measures } = await measuresAsOf(after.analysisDay);
	const matrix = compareRuns(before, after, schemeId, {
		customerIds: measures.customerIds,
		values: measures.netValue
	});
	return {
		...matrix,
		before: { id: before.id, createdAt: before.createdAt },
		after: { id: after.id, createdAt: after.createdAt }
	};
}

/** The customers of one cell of `migration(…)` (row: earlier class, column: later class). */
export async function migrationMembers(
	beforeId: string,
	afterId: string,
	schemeId: string,
	row: number,
	column: number
): Promise<MovedCustomer[]> {
	const [before, after] = await bothRuns(beforeId, afterId);
	const ids = migrationCellMembers(before, after, schemeId, row, column);
	const { measures, customers } = await measuresAsOf(after.analysisDay);
	const revenue = alignColumn(measures.customerIds, measures.netValue, ids);
	const nameOf = new Map(customers.map((customer) => [customer.id, customer.name]));
	return ids.map((id, i) => ({ id, name: nameOf.get(id) ?? '', revenue: revenue[i] }));
}
