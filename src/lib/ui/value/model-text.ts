/** Model names and the model choice in the interface's words. */

import type { ClvModelName, ModelChoice } from '$lib/core/clv';
import type { locale as localeState } from '$lib/state/locale.svelte';

type Locale = typeof localeState;

/** 'BG/NBD', 'MBG/NBD', 'Pareto/NBD'. */
export function modelName(locale: Locale, model: ClvModelName): string {
	return locale.t(`pred.model.${model}`);
}

/** Why this model, in one sentence with the errors compared. */
export function choiceText(locale: Locale, choice: ModelChoice): string {
	return locale.t(`clv.choice.${choice.reason}`, {
		model: modelName(locale, choice.model),
		runnerUp: choice.runnerUp ? modelName(locale, choice.runnerUp) : '—',
		error: locale.number(choice.error, 3),
		runnerUpError: locale.number(choice.runnerUpError, 3)
	});
}
