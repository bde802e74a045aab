/** How a text table is written: line ends, quote character and delimiter, found from a sample. */

import { parseCsvText, type Dialect, type Newline } from './csv-reader';
import type { Delimiter, QuoteChar } from './types';

/** Delimiters tried, in order of preference when they fit equally well. */
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|', ' '];
/** Rows of the sample compared. */
const SAMPLE_ROWS = 200;
/** Share of rows that must have the usual number of fields for a delimiter to fit. */
const CONSISTENT = 0.8;

/** The line end used: CRLF if the first line ends so, else LF, else CR. */
export function detectNewline(text: string): Newline {
	const lf = text.indexOf('\n');
	if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
	if (lf >= 0) return '\n';
	return text.indexOf('\r') >= 0 ? '\r' : '\n';
}

/** `'` only when fields start with it after a delimiter and never with `"`. */
export function detectQuote(text: string): QuoteChar {
	const double = (text.match(/(^|[,;\t|])"/gm) ?? []).length;
	const single = (text.match(/(^|[,;\t|])'[^']*'(?=[,;\t|\r\n]|$)/gm) ?? []).length;
	return single > 0 && double === 0 ? "'" : '"';
}

export interface DelimiterFit {
	delimiter: Delimiter;
	/** The usual number of fields in a row. */
	fields: number;
	/** Share of rows with that number of fields. */
	share: number;
}

/** How well each delimiter splits the sample into the same number of fields per row. */
export function delimiterFits(
	text: string,
	quoteChar: QuoteChar,
	newline: Newline
): DelimiterFit[] {
	const complete = cutAtLastNewline(text, newline);
	return DELIMITERS.map((delimiter) => {
		const rows = parseCsvText(complete, { delimiter, quoteChar, newline }, SAMPLE_ROWS);
		const counts = new Map<number, number>();
		for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
		let fields = 0;
		let most = 0;
		for (const [count, times] of counts)
			if (times > most || (times === most && count > fields)) [fields, most] = [count, times];
		return { delimiter, fields, share: rows.length > 0 ? most / rows.length : 0 };
	});
}

/**
 * The delimiter that splits the sample most consistently into more than one field: ties go to
 * the one giving more fields. Runs of spaces count only when no real delimiter fits.
 * Null when nothing gives two fields (one column only: probably an unknown delimiter).
 */
export function detectDelimiter(
	text: string,
	quoteChar: QuoteChar,
	newline: Newline
): Delimiter | null {
	const fits = delimiterFits(text, quoteChar, newline).filter((fit) => fit.fields >= 2);
	const real = fits.filter((fit) => fit.delimiter !== ' ');
	// Words of free text also split at spaces: spaces count only when they split consistently.
	const spaces = fits.filter((fit) => fit.delimiter === ' ' && fit.share >= CONSISTENT);
	const usable = real.some((fit) => fit.share >= CONSISTENT) ? real : [...real, ...spaces];
	let best: DelimiterFit | null = null;
	for (const fit of usable) {
		if (
			!best ||
			fit.share > best.share + 0.02 ||
			(Math.abs(fit.share - best.share) <= 0.02 && fit.fields > best.fields)
		)
			best = fit;
	}
	return best ? best.delimiter : null;
}

/** The dialect of a text sample, with the user's choices taking precedence. */
export function detectDialect(
	text: string,
	chosen: { delimiter?: Delimiter; quoteChar?: QuoteChar }
): Dialect | null {
	const newline = detectNewline(text);
	const quoteChar = chosen.quoteChar ?? detectQuote(text);
	const delimiter = chosen.delimiter ?? detectDelimiter(text, quoteChar, newline);
	return delimiter ? { delimiter, quoteChar, newline } : null;
}

function cutAtLastNewline(text: string, newline: Newline): string {
	const end = text.lastIndexOf(newline === '\r' ? '\r' : '\n');
	return end > 0 ? text.slice(0, end + 1) : text;
}
