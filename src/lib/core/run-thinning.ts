/**
 * Runs that record themselves: after every bulk write (import, demo load, next period, restore)
 * the worker stores a run marked `automatic`. These rules say when one is due and which old
 * automatic runs to let go; the user's named runs ("Run and save") are never touched.
 */

/** What the rules read of a stored run. */
export interface RunStamp {
	id: string;
	/** Epoch milliseconds. */
	createdAt: number;
	dataVersion: string;
	analysisDay: number;
	automatic?: boolean;
}

/** Automatic runs younger than this many days are all kept. */
export const KEEP_ALL_AUTOMATIC_DAYS = 90;

const DAY_MS = 86_400_000;

/** True when no automatic run exists yet for this data version and analysis day. */
export function automaticRunDue(
	runs: readonly RunStamp[],
	dataVersion: string,
	analysisDay: number
): boolean {
	return !runs.some(
		(run) => run.automatic && run.dataVersion === dataVersion && run.analysisDay === analysisDay
	);
}

/** The calendar month (UTC) of an epoch-millisecond time, as `YYYY-MM`. */
function monthOf(time: number): string {
	return new Date(time).toISOString().slice(0, 7);
}

/**
 * The ids of automatic runs to delete at time `now`: every automatic run created in the last
 * `keepDays` days (strictly less than keepDays × 24 h before now) is kept; of the older ones,
 * only the newest of each calendar month (UTC) is kept. Named runs are never returned.
 */
export function automaticRunsToDrop(
	runs: readonly RunStamp[],
	now: number,
	keepDays = KEEP_ALL_AUTOMATIC_DAYS
): string[] {
	const cutoff = now - keepDays * DAY_MS;
	const newestOfMonth = new Map<string, RunStamp>();
	for (const run of runs) {
		if (!run.automatic || run.createdAt > cutoff) continue;
		const month = monthOf(run.createdAt);
		const kept = newestOfMonth.get(month);
		if (!kept || run.createdAt > kept.createdAt) newestOfMonth.set(month, run);
	}
	const keep = new Set([...newestOfMonth.values()].map((run) => run.id));
	return runs
		.filter((run) => run.automatic && run.createdAt <= cutoff && !keep.has(run.id))
		.map((run) => run.id);
}

/**
 * The run to compare the newest run with (runs newest first): the newest earlier run on other
 * data (another data version), since two runs on the same data (the automatic one and a named
 * one) show no change; the next run when every run saw the same data; undefined with one run.
 */
export function comparisonRun<T extends Pick<RunStamp, 'dataVersion'>>(
	runsNewestFirst: readonly T[],
	after: T | undefined = runsNewestFirst[0]
): T | undefined {
	if (!after) return undefined;
	const start = runsNewestFirst.indexOf(after) + 1;
	const earlier = runsNewestFirst.slice(start);
	return earlier.find((run) => run.dataVersion !== after.dataVersion) ?? earlier[0];
}
