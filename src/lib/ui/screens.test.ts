import { describe, expect, it } from 'vitest';
import { LEARN_STEPS } from '$lib/core/explanations/learn-steps';
import { translate } from '$lib/i18n/translate';
import { NAV_ITEMS, screenTitle, stepsLabel } from './screens';

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
	translate('en', key, params);

describe('the navigation and the guided path', () => {
	it('label the screens with the seven steps, each step on at least one screen', () => {
		const shown = new Set(NAV_ITEMS.flatMap((item) => item.steps));
		expect([...shown].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('open step N of the guided path on a screen labelled with step N', () => {
		LEARN_STEPS.forEach((step, i) => {
			const item = NAV_ITEMS.find((candidate) => candidate.href === step.path);
			expect(item?.steps, step.id).toContain(i + 1);
		});
	});

	it('give each screen a run of steps without gaps, so "Steps 3–5" is true', () => {
		for (const item of NAV_ITEMS)
			item.steps.forEach((n, i) => i > 0 && expect(n, item.href).toBe(item.steps[i - 1] + 1));
		expect(stepsLabel([3, 4, 5], en)).toBe('Steps 3–5');
		expect(stepsLabel([6], en)).toBe('Step 6');
		expect(stepsLabel([], en)).toBeUndefined();
		expect(NAV_ITEMS.find((item) => item.href === '/segments')?.steps).toEqual([3, 4, 5]);
	});

	it('title every screen', () => {
		expect(screenTitle('/segments')).toBe('segments.title');
		expect(screenTitle('/customers/[id]')).toBe('title.profile');
		expect(screenTitle(null)).toBeUndefined();
	});
});
