/**
 * Incremental CSV reading: text goes in piece by piece (as the decoder produces it), complete
 * records come out as string arrays with the file line each starts on. A record cut by a chunk
 * boundary waits for the next piece. Delimited text goes through papaparse's parser; runs of
 * spaces (old fixed-width exports such as CDNOW) are split here.
 */

import Papa from 'papaparse';
import type { Delimiter, QuoteChar } from './types';

export type Newline = '\r\n' | '\n' | '\r';

export interface Dialect {
	delimiter: Delimiter;
	quoteChar: QuoteChar;
	newline: Newline;
}

/** Records completed by one piece of text. */
export interface RowBatch {
	rows: string[][];
	/** 1-based file line on which each record starts. */
	lines: number[];
	/** The text held U+FFFD: bytes that were not valid in the chosen encoding. */
	replaced: boolean;
	/** Line of a record whose quote was never closed (the end of the file was reached), or 0. */
	unclosedQuoteLine: number;
}

/** Thrown when one record grows past the limit; the caller turns it into a whole-file error. */
export class RecordTooLongError extends Error {
	constructor(
		readonly line: number,
		readonly insideQuote: boolean
	) {
		super(`record at line ${line} is too long`);
	}
}

interface PapaOutput {
	data: string[][];
	errors: { code: string; row?: number }[];
	meta: { cursor: number };
}

export const DEFAULT_MAX_LINE_CHARS = 1_000_000;

/** Reads records from text pushed in pieces. */
export class CsvRowReader {
	readonly #dialect: Dialect;
	readonly #maxLineChars: number;
	readonly #parser: Papa.Parser;
	#pending = '';
	#line = 1;
	blankLines = 0;

	constructor(dialect: Dialect, maxLineChars = DEFAULT_MAX_LINE_CHARS) {
		this.#dialect = dialect;
		this.#maxLineChars = maxLineChars;
		this.#parser = new Papa.Parser({
			delimiter: dialect.delimiter,
			newline: dialect.newline,
			quoteChar: dialect.quoteChar
		});
	}

	/** Records completed by `text`. */
	push(text: string): RowBatch {
		this.#pending += text;
		const newlineChar = this.#dialect.newline === '\r' ? '\r' : '\n';
		if (text.indexOf(newlineChar) === -1) {
			this.#checkLength();
			return emptyBatch();
		}
		const batch = this.#parse(false);
		this.#checkLength();
		return batch;
	}

	/** The last record (the file need not end with a newline). */
	finish(): RowBatch {
		return this.#parse(true);
	}

	#checkLength(): void {
		if (this.#pending.length > this.#maxLineChars)
			throw new RecordTooLongError(
				this.#line,
				this.#pending.indexOf(this.#dialect.quoteChar) !== -1
			);
	}

	#parse(final: boolean): RowBatch {
		const input = this.#pending;
		if (this.#dialect.delimiter === ' ') return this.#splitSpaces(final);
		const output = this.#parser.parse(input, 0, !final) as PapaOutput;
		this.#pending = final ? '' : input.substring(output.meta.cursor);
		const quoted = input.indexOf(this.#dialect.quoteChar) !== -1;
		const batch = this.#collect(output.data, quoted);
		if (final && output.errors.some((error) => error.code === 'MissingQuotes'))
			batch.unclosedQuoteLine = batch.lines[batch.lines.length - 1] ?? this.#line;
		batch.replaced = input.indexOf('\uFFFD') !== -1;
		return batch;
	}

	#collect(records: string[][], quoted: boolean): RowBatch {
		const batch = emptyBatch();
		const newlineChar = this.#dialect.newline === '\r' ? '\r' : '\n';
		for (const record of records) {
			const line = this.#line;
			this.#line += 1 + (quoted ? embeddedNewlines(record, newlineChar) : 0);
			if (record.length === 1 && record[0].trim() === '') {
				this.blankLines++;
				continue;
			}
			batch.rows.push(record);
			batch.lines.push(line);
		}
		return batch;
	}

	#splitSpaces(final: boolean): RowBatch {
		const input = this.#pending;
		const newlineChar = this.#dialect.newline === '\r' ? '\r' : '\n';
		const end = final ? input.length : input.lastIndexOf(newlineChar);
		this.#pending = final ? '' : input.substring(end + 1);
		const batch = emptyBatch();
		if (end < 0 && !final) return batch;
		const lines = input.substring(0, end).split(newlineChar);
		if (final && lines[lines.length - 1] === '') lines.pop();
		for (const text of lines) {
			const line = this.#line++;
			const trimmed = text.trim();
			if (trimmed === '') {
				this.blankLines++;
				continue;
			}
			batch.rows.push(trimmed.split(/[ \t]+/));
			batch.lines.push(line);
		}
		batch.replaced = input.indexOf('\uFFFD') !== -1;
		return batch;
	}
}

function emptyBatch(): RowBatch {
	return { rows: [], lines: [], replaced: false, unclosedQuoteLine: 0 };
}

function embeddedNewlines(record: readonly string[], newlineChar: string): number {
	let count = 0;
	for (const cell of record) {
		let at = cell.indexOf(newlineChar);
		while (at !== -1) {
			count++;
			at = cell.indexOf(newlineChar, at + 1);
		}
	}
	return count;
}

/** Parses a whole (small) text at once: for samples and tests. */
export function parseCsvText(text: string, dialect: Dialect, maxRows = Infinity): string[][] {
	const reader = new CsvRowReader(dialect, Math.max(DEFAULT_MAX_LINE_CHARS, text.length + 1));
	const rows = reader.push(text).rows;
	if (rows.length < maxRows) rows.push(...reader.finish().rows);
	return rows.length > maxRows ? rows.slice(0, maxRows) : rows;
}
