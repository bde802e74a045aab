/** Which list columns fit the width: the least needed go first on a narrow screen. */

import { isMoney } from './cell-format';
import { isNumericField } from './list-fields';

/** Columns given up first when the table is too narrow, in that order. */
const GIVE_UP_ORDER = ['owner', 'city', 'recencyDays', 'orders'];
/** Space between columns and around the rows (rem). */
const GAP = 0.75;
const PADDING = 1;

/** The narrowest a column may be (rem). */
export function minWidth(field: string): number {
	if (field === 'name') return 7;
	if (field === 'id') return 6;
	if (isMoney(field)) return 7;
	return isNumericField(field) ? 5 : 5.5;
}

/**
 * The fields that fit `widthRem`, in their order; id, name and the `keep` fields (the sort
 * column) stay as long as anything else can go.
 */
export function fittingFields(
	fields: readonly string[],
	widthRem: number,
	keep: readonly string[] = []
): string[] {
	const shown = [...fields];
	const kept = new Set(['id', 'name', ...keep]);
	const needed = () =>
		shown.reduce((sum, field) => sum + minWidth(field), 0) + GAP * (shown.length - 1) + PADDING;
	const candidates = [
		...GIVE_UP_ORDER,
		...[...fields].reverse().filter((field) => !GIVE_UP_ORDER.includes(field))
	].filter((field) => !kept.has(field));
	for (const field of candidates) {
		if (needed() <= widthRem) break;
		shown.splice(shown.indexOf(field), 1);
	}
	return shown;
}
