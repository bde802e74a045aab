/**
 * What the other tabs of this browser are doing to the shared data, and whether this tab may
 * still write (see db/write-lock.ts and db/tab-work.ts). Read by the layout's notices.
 */

import { whenUpgradeBlocked } from '$lib/db/database';
import { watchOtherTabs, type TabWork } from '$lib/db/tab-work';
import { staleReason, whenStale, type StaleReason } from '$lib/db/write-lock';

class Tabs {
	/** The long write another tab is doing now, or null. */
	otherWork = $state<TabWork | null>(null);
	/** Set once this tab finds it is older than the stored data: it no longer writes. */
	stale = $state<StaleReason | null>(null);
	/** This tab's storage upgrade waits for an older tab to let go of the database. */
	upgradeBlocked = $state(false);

	/** Start listening (from the root layout's onMount). */
	start(): void {
		watchOtherTabs((work) => (this.otherWork = work));
		whenStale((reason) => (this.stale = reason));
		whenUpgradeBlocked(() => (this.upgradeBlocked = true));
		staleReason().then(
			(reason) => (this.stale = reason),
			(error: unknown) => console.warn('database version check', error)
		);
	}
}

export const tabs = new Tabs();
