/** The home dashboard: recomputed in the worker whenever the stored data changes. */

import { analysis } from '$lib/worker/client';
import type { DashboardView } from '$lib/worker/types';

export class DashboardState {
	view = $state.raw<DashboardView | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	#generation = 0;

	/** Recompute (call when the store's data version changes). */
	async load(): Promise<void> {
		const generation = ++this.#generation;
		this.loading = true;
		try {
			const result = await analysis().dashboard();
			if (generation !== this.#generation) return;
			if (result.ok) {
				this.view = result.value;
				this.error = null;
			} else this.error = result.detail || result.code;
		} finally {
			if (generation === this.#generation) this.loading = false;
		}
	}
}
