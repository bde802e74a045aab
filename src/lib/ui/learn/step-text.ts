/** Message keys of a guided-path step's texts. */

import type { LearnStep } from '$lib/core/explanations/learn-steps';
import type { MessageKey } from '$lib/i18n/translate';

export type StepPart = 'title' | 'what' | 'why' | 'look' | 'try';

/** The key of one part of a step's text ('learn.s.goal.title'). */
export function stepKey(step: LearnStep, part: StepPart): MessageKey {
	return `learn.s.${step.id}.${part}` as MessageKey;
}
