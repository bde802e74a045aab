/** The app's screens: the navigation's entries (with their steps of the method) and page titles. */

import { screenSteps } from '$lib/core/explanations/learn-steps';
import type { MessageKey } from '$lib/i18n/translate';

export interface NavItem {
	href: string;
	label: MessageKey;
	/** The steps of the method the screen serves (1 = first), ascending; none for tools. */
	steps: number[];
}

/** The screens in the order of the method. */
export const NAV_ITEMS: readonly NavItem[] = (
	[
		['/', 'nav.home'],
		['/import', 'nav.import'],
		['/customers', 'nav.customers'],
		['/value', 'nav.value'],
		['/segments', 'nav.segments'],
		['/clusters', 'nav.clusters'],
		['/strategies', 'nav.strategies'],
		['/monitor', 'nav.monitor'],
		['/learn', 'nav.learn'],
		['/settings', 'nav.settings']
	] as const
).map(([href, label]) => ({ href, label, steps: screenSteps(href) }));

/** The label of a screen's steps: one step, or a run of steps ("Steps 3–5"); none for tools. */
export function stepsLabel(
	steps: readonly number[],
	t: (key: MessageKey, params?: Record<string, string | number>) => string
): string | undefined {
	if (steps.length === 0) return undefined;
	if (steps.length === 1) return t('nav.step', { n: steps[0] });
	return t('nav.steps', { from: steps[0], to: steps[steps.length - 1] });
}

/** Each screen's title (its main heading), by SvelteKit route id. */
const TITLES: Readonly<Record<string, MessageKey>> = {
	'/': 'home.title',
	'/import': 'import.title',
	'/customers': 'customers.title',
	'/customers/[id]': 'title.profile',
	'/value': 'value.title',
	'/segments': 'segments.title',
	'/clusters': 'clusters.title',
	'/strategies': 'strategies.title',
	'/strategies/evaluation': 'scorecard.title',
	'/monitor': 'monitor.title',
	'/learn': 'learn.title',
	'/settings': 'settings.title'
};

/** The title key of a route, or undefined for a route without its own title. */
export function screenTitle(routeId: string | null): MessageKey | undefined {
	return routeId === null ? undefined : TITLES[routeId];
}
