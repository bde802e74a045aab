/** Labels of import fields and texts of import problems, from the importer's own catalogue. */

import { importMessage, type ColumnTarget, type Problem } from '$lib/core/import';
import type { Locale } from '$lib/i18n/translate';

/** The label of what a column becomes ('customerId' → 客户编号 / Customer ID). */
export function targetLabel(target: ColumnTarget, locale: Locale): string {
	return importMessage(locale, `import.field.${target}`);
}

/** The message of a row problem, naming the value where it helps. */
export function problemText(problem: Pick<Problem, 'code' | 'value'>, locale: Locale): string {
	return importMessage(locale, `import.problem.${problem.code}`, { value: problem.value });
}
