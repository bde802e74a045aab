/**
 * The guided path: the seven steps of the method, each pointing at the real screen that does
 * it and at the element there to highlight (`data-learn="<target>"`).
 */

export interface LearnStep {
	id: string;
	/** The screen of the step. */
	path: string;
	/** The `data-learn` value of the element to highlight on that screen. */
	target: string;
	/** A Segments scheme to select (by its button's `data-scheme`), if the step needs one. */
	scheme?: string;
	/** Another screen for the same step, offered as a link (its label: `learn.more.<id>`). */
	more?: string;
}

export const LEARN_STEPS: readonly LearnStep[] = [
	{ id: 'goal', path: '/', target: 'goal' },
	{ id: 'data', path: '/', target: 'data' },
	{ id: 'measures', path: '/segments', target: 'rfm-cuts', scheme: 'rfm-score' },
	{ id: 'schemes', path: '/segments', target: 'schemes', scheme: 'rfm-named' },
	{
		id: 'evaluate',
		path: '/segments',
		target: 'class-table',
		scheme: 'value-tier',
		more: '/strategies/evaluation'
	},
	{ id: 'strategy', path: '/strategies', target: 'strategies' },
	{ id: 'monitor', path: '/monitor', target: 'monitor' }
];

/** The query parameter that carries the step onto a screen. */
export const LEARN_PARAM = 'learn';

/** The position of a step by id, or -1. */
export function stepIndex(id: string | null | undefined): number {
	return LEARN_STEPS.findIndex((step) => step.id === id);
}

/** The address of a step's screen, telling it which step is shown. */
export function stepHref(step: LearnStep): string {
	return `${step.path}?${LEARN_PARAM}=${step.id}`;
}

/** A step position kept within the path. */
export function clampStep(index: number): number {
	if (!Number.isInteger(index)) return 0;
	return Math.min(LEARN_STEPS.length - 1, Math.max(0, index));
}

/**
 * Screens that serve a step of the method besides the steps the guided path opens on them
 * (the navigation labels each screen with all of its steps).
 */
const ALSO_SERVES: Readonly<Record<string, readonly string[]>> = {
	'/import': ['data'],
	'/customers': ['measures'],
	'/value': ['measures'],
	'/clusters': ['schemes']
};

/** The step numbers (the first step is 1) a screen serves, ascending. */
export function screenSteps(path: string): number[] {
	const ids = new Set(ALSO_SERVES[path] ?? []);
	for (const step of LEARN_STEPS) if (step.path === path) ids.add(step.id);
	return [...ids].map((id) => stepIndex(id) + 1).sort((a, b) => a - b);
}
