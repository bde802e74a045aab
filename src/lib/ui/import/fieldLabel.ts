/** Labels of import fields and texts of import problems, through the one message lookup. */

import type { ColumnTarget, Problem } from '$lib/core/import';
import { translate, type Locale } from '$lib/i18n/translate';

/** The label of what a column becomes ('customerId' → 客户编号 / Customer ID). */
export function targetLabel(target: ColumnTarget, locale: Locale): string {
	return translate(locale, `import.field.${target}`);
}

/** The message of a row problem, naming the value where it helps. */
export function problemText(problem: Pick<Problem, 'code' | 'value'>, locale: Locale): string {
	return translate(locale, `import.problem.${problem.code}`, { value: problem.value });
}
