/** Cohort retention of the stored orders (computed once per data version by the engine). */

import { cohortRetention, type CohortRow } from '$lib/core/cohorts';
import { snapshot } from '../engine/snapshot';

export type { CohortRow };

/** The cohorts, oldest first (see `cohortRetention` for which orders count). */
export async function cohorts(): Promise<CohortRow[]> {
	const snap = await snapshot();
	return snap.memo('cohorts', '', async () => cohortRetention((await snap.store()).orders), 1);
}
