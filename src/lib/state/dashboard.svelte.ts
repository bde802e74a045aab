/** The home dashboard: recomputed in the worker whenever the stored data changes. */

import { analysis } from '$lib/worker/client';
import type { DashboardView } from '$lib/worker/types';
import { WorkerTask } from './worker-task.svelte';

export class DashboardState {
	view = $state.raw<DashboardView | null>(null);
	task = new WorkerTask();
	loading = $derived(this.task.loading);
	/** Why the figures could not be computed, in the interface language. */
	error = $derived(this.task.error);

	/** Recompute (call when the store's data version changes). */
	async load(): Promise<void> {
		const view = await this.task.run(() => analysis().dashboard());
		if (view) this.view = view;
	}
}
