import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages/en';
import { EXPLAIN_TOPICS, schemeTopic } from './topics';
import { clampStep, LEARN_STEPS, stepHref, stepIndex } from './learn-steps';

describe('the guided path', () => {
	it('has the seven steps of the method, each with its texts', () => {
		expect(LEARN_STEPS).toHaveLength(7);
		for (const step of LEARN_STEPS) {
			for (const part of ['title', 'what', 'why', 'look', 'try']) {
				expect(Object.keys(en), `${step.id}.${part}`).toContain(`learn.s.${step.id}.${part}`);
			}
		}
	});

	it('links each step to its screen and finds steps by id', () => {
		expect(stepHref(LEARN_STEPS[2])).toBe('/segments?learn=measures');
		expect(stepIndex('monitor')).toBe(6);
		expect(stepIndex('nope')).toBe(-1);
		expect(stepIndex(null)).toBe(-1);
		expect(clampStep(9)).toBe(6);
		expect(clampStep(-1)).toBe(0);
		expect(clampStep(Number.NaN)).toBe(0);
	});
});

describe('explanations', () => {
	it('have a title and a body for every topic', () => {
		for (const topic of EXPLAIN_TOPICS) {
			expect(Object.keys(en)).toContain(`explain.${topic}.title`);
			expect(Object.keys(en)).toContain(`explain.${topic}.body`);
		}
	});

	it('map every scheme to a topic', () => {
		expect(schemeTopic('rfm-score')).toBe('rfm');
		expect(schemeTopic('rfm-named')).toBe('rfm-named');
		expect(schemeTopic('value-tier')).toBe('value-tier');
		expect(schemeTopic('credit-risk')).toBe('credit-risk');
		expect(schemeTopic('attribute:custom:城市等级')).toBe('attributes');
		expect(schemeTopic('custom:rules1')).toBe('custom-rules');
	});
});
