/**
 * Every setting of an import, from the user's choices where given and from a sample of the
 * file otherwise. Preview and run share this, so what the preview shows is what the run does.
 */

import { detectDateFormat } from './dates';
import type { ColumnTarget, FieldKey } from './fields';
import { headerSignature } from './fields';
import {
	detectCancelledPrefix,
	detectHeader,
	detectKind,
	detectLineItems,
	fillUnmapped,
	guessFromHeaders,
	guessFromValues
} from './guess-mapping';
import { detectDecimalComma } from './numbers';
import type {
	Cell,
	ColumnInfo,
	DetectedSettings,
	Delimiter,
	FileFormat,
	ImportSettings,
	QuoteChar,
	ReturnsRule,
	TextEncodingLabel
} from './types';
import { cellText } from './values';

/** Status words (lower case) that mean an order was cancelled, or returned / refunded. */
export const CANCELLED_STATUSES = [
	'已取消',
	'取消',
	'交易关闭',
	'已关闭',
	'作废',
	'已作废',
	'cancelled',
	'canceled',
	'cancel',
	'void',
	'voided'
];
export const RETURNED_STATUSES = [
	'退货',
	'已退货',
	'退款',
	'已退款',
	'退款成功',
	'returned',
	'return',
	'refund',
	'refunded'
];

/** What the reader found before the rows: format, encoding, delimiter… */
export interface SourceSettings {
	format: FileFormat;
	encoding: TextEncodingLabel;
	delimiter: Delimiter;
	quoteChar: QuoteChar;
	sheet: string | number;
}

export interface ResolvedSettings {
	detected: DetectedSettings;
	mapping: ColumnTarget[];
	columns: ColumnInfo[];
	/** The header row, or null for a file without one. */
	headers: string[] | null;
	headerSignature: string;
}

/** Settings for a file from its first rows (header included, if any) and the user's choices. */
export function resolveSettings(
	sample: readonly (readonly Cell[])[],
	source: SourceSettings,
	chosen: ImportSettings,
	now: Date = new Date()
): ResolvedSettings {
	const hasHeader = chosen.hasHeader ?? detectHeader(sample);
	const columnCount = sample.reduce((most, row) => Math.max(most, row.length), 0);
	const headers = hasHeader ? padded<Cell>(sample[0] ?? [], columnCount, '').map(cellText) : null;
	const rows = hasHeader ? sample.slice(1) : sample;
	const columns = columnInfos(headers, columnCount);
	const guessed = headers ? guessFromHeaders(headers, rows) : guessFromValues(rows, columnCount);
	const base = chosen.mapping
		? padded<ColumnTarget>(chosen.mapping, columnCount, 'ignore')
		: guessed;
	const kind = chosen.kind ?? detectKind(base);
	const mapping = chosen.mapping ? base : fillUnmapped(base, kind);
	const valuesOf = (...fields: FieldKey[]) =>
		rows.flatMap((row) =>
			mapping.flatMap((target, column) =>
				fields.includes(target as FieldKey) ? [row[column] ?? null] : []
			)
		);
	const dates = detectDateFormat(valuesOf('date', 'createdDate'));
	const returns: ReturnsRule = {
		negativeIsReturn: true,
		cancelledIdPrefix: detectCancelledPrefix(mapping, rows),
		cancelledStatuses: CANCELLED_STATUSES,
		returnedStatuses: RETURNED_STATUSES,
		statusMeans: 'void',
		...chosen.returns
	};
	const detected: DetectedSettings = {
		...source,
		hasHeader,
		dateFormat: chosen.dateFormat ?? dates.dateFormat,
		dateFormatAmbiguous: chosen.dateFormat === undefined && dates.ambiguous,
		decimalComma:
			chosen.decimalComma ??
			detectDecimalComma(valuesOf('amount', 'unitPrice', 'cost', 'quantity', 'creditLimit')),
		parenthesesNegative: chosen.parenthesesNegative ?? true,
		kind,
		lineItems: chosen.lineItems ?? (kind === 'orders' && detectLineItems(mapping, rows)),
		returns: {
			...returns,
			cancelledStatuses: returns.cancelledStatuses.map((status) => status.trim().toLowerCase()),
			returnedStatuses: returns.returnedStatuses.map((status) => status.trim().toLowerCase())
		},
		referenceYear: chosen.referenceYear ?? now.getFullYear()
	};
	return {
		detected,
		mapping,
		columns,
		headers,
		headerSignature: headerSignature(headers, columnCount)
	};
}

/** The columns as the user sees them: header, or 1-based position without a header. */
export function columnInfos(headers: readonly string[] | null, columnCount: number): ColumnInfo[] {
	return Array.from({ length: columnCount }, (_, index) => {
		const header = headers?.[index] ?? '';
		return { index, position: index + 1, header, label: header !== '' ? header : index + 1 };
	});
}

/** Exactly `length` values: cut, or filled up with `fill`. */
function padded<T>(values: readonly T[], length: number, fill: T): T[] {
	const out = values.slice(0, length);
	while (out.length < length) out.push(fill);
	return out;
}
