/**
 * The learn path's exercises: questions answered from the data loaded now, checked against the
 * engine's figures (the dashboard's), recomputed whenever the stored data changes.
 */

import { exerciseSourceOf, exercisesFor } from '$lib/core/explanations/exercises';
import { storeMeta } from '$lib/db/meta';
import { DashboardState } from './dashboard.svelte';
import { LiveQuery } from './live-query.svelte';

export class ExercisesState {
	#meta = new LiveQuery(storeMeta);
	dashboard = new DashboardState();
	/** Some orders are stored. */
	hasData = $derived((this.#meta.current?.orders ?? 0) > 0);
	/** Known to hold no orders (not while the count is still being read). */
	empty = $derived(!this.#meta.loading && !this.hasData);

	exercises = $derived.by(() => {
		const view = this.dashboard.view?.segmentation;
		if (!view) return [];
		return exercisesFor(exerciseSourceOf(view));
	});

	/** Subscribe for the lifetime of the calling component (call during component init). */
	constructor() {
		$effect(() => {
			const version = this.#meta.current?.dataVersion;
			if (this.hasData && version !== undefined) void this.dashboard.load();
		});
	}
}
