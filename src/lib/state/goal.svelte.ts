/** Step 1 of the method: what the segmentation is for. It orders schemes (and strategies). */

import { goalSchemeOrder, type Goal } from '$lib/core/segments';
import { readSetting, writeSetting } from '$lib/db/settings';
import { storageFailures } from './storage-failure.svelte';

export { GOALS, type Goal } from '$lib/core/segments';

const GOAL_SETTING = 'goal';

class GoalState {
	current = $state<Goal | undefined>(undefined);

	async load(): Promise<void> {
		this.current = await readSetting<Goal>(GOAL_SETTING);
	}

	async set(goal: Goal): Promise<void> {
		this.current = goal;
		await storageFailures.write(() => writeSetting(GOAL_SETTING, goal));
	}

	/** Scheme ids in the order the goal suggests (others keep their order after them). */
	order<T extends { schemeId: string }>(schemes: readonly T[]): T[] {
		const first = this.current ? goalSchemeOrder(this.current) : [];
		const rank = (id: string) => {
			const k = first.indexOf(id);
			return k < 0 ? first.length : k;
		};
		return schemes
			.map((scheme, i) => ({ scheme, i }))
			.sort((a, b) => rank(a.scheme.schemeId) - rank(b.scheme.schemeId) || a.i - b.i)
			.map(({ scheme }) => scheme);
	}
}

export const goal = new GoalState();
