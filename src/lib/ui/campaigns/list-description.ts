/** The customer list's search, filters and segment in words, to name a campaign's members. */

import type { SegmentClass } from '$lib/core/segments/classes';
import { translate, type Locale } from '$lib/i18n/translate';
import { formatCell, fieldName } from '$lib/ui/explorer/cell-format';
import { classLabel, schemeLabel } from '$lib/ui/segments/labels';
import type { DirectoryQuery } from '$lib/worker/types';

const OPERATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '!=': '≠' };

export function listDescription(
	query: DirectoryQuery,
	classes: Record<string, readonly SegmentClass[]>,
	locale: Locale,
	currency: string
): string {
	const parts: string[] = [];
	if (query.search.trim()) parts.push(`“${query.search.trim()}”`);
	for (const { field, op, value } of query.filters) {
		const name = fieldName(field, locale);
		if (op === 'present' || op === 'missing')
			parts.push(`${name} ${translate(locale, `explorer.op.${op}`)}`);
		else if (op === 'contains')
			parts.push(`${name} ${translate(locale, 'explorer.op.contains')} “${value}”`);
		else parts.push(`${name} ${OPERATORS[op]} ${formatCell(field, value, locale, currency)}`);
	}
	if (query.segment) {
		const { schemeId, classId } = query.segment;
		const found = classes[schemeId]?.find((c) => c.id === classId);
		parts.push(`${schemeLabel(schemeId, locale)} · ${found ? classLabel(found, locale) : classId}`);
	}
	return parts.join(' · ');
}
