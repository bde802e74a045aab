/**
 * Incremental CSV reading: text goes in piece by piece (as the decoder produces it), complete
 * records come out as string arrays with the file line each starts on. A record cut by a chunk
 * boundary waits for the next piece. Delimited text goes through papaparse's parser; runs of
 * spaces (old fixed-width exports such as CDNOW) are split here.
 *
 * Line ends: CR LF, LF and a lone CR all end a line wherever they appear (files pasted together
 * mix them), so the text is normalised to LF before it is split; a line break inside a quoted
 * cell becomes LF too. The dialect's `newline` is what the file's first line uses (shown to
 * the user); reading does not depend on it.
 *
 * A quote opened at the start of a cell and never closed before the end of the file does not
 * swallow the rest of the file: that record's first line is given back as an unclosed-quote
 * row (the import lists it as skipped) and reading starts again on the next line.
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
	/**
	 * Indexes into `rows` of records whose quote was never closed before the end of the file:
	 * such a row holds the raw text of its first line as its only cell.
	 */
	unclosed: number[];
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
	/** The last piece ended with CR: it may be the first half of CR LF. */
	#heldReturn = false;
	blankLines = 0;

	constructor(dialect: Dialect, maxLineChars = DEFAULT_MAX_LINE_CHARS) {
		this.#dialect = dialect;
		this.#maxLineChars = maxLineChars;
		this.#parser = new Papa.Parser({
			delimiter: dialect.delimiter,
			newline: '\n',
			quoteChar: dialect.quoteChar
		});
	}

	/** Records completed by `text`. */
	push(text: string): RowBatch {
		text = this.#normalise(text, false);
		this.#pending += text;
		if (text.indexOf('\n') === -1) {
			this.#checkLength();
			return emptyBatch();
		}
		const batch = this.#parse(false);
		this.#checkLength();
		return batch;
	}

	/** The last record (the file need not end with a newline). */
	finish(): RowBatch {
		this.#pending += this.#normalise('', true);
		return this.#parse(true);
	}

	/** CR LF and lone CR as LF; a CR at the end of a piece waits for the next piece. */
	#normalise(text: string, final: boolean): string {
		if (this.#heldReturn) {
			this.#heldReturn = false;
			text = '\r' + text;
		}
		if (text.indexOf('\r') === -1) return text;
		if (!final && text.charCodeAt(text.length - 1) === 13) {
			this.#heldReturn = true;
			text = text.substring(0, text.length - 1);
		}
		return text.replace(CR_LINE_ENDS, '\n');
	}

	#checkLength(): void {
		if (this.#pending.length > this.#maxLineChars)
			throw new RecordTooLongError(
				this.#line,
				this.#pending.indexOf(this.#dialect.quoteChar) !== -1
			);
	}

	#parse(final: boolean): RowBatch {
		if (this.#dialect.delimiter === ' ') return this.#splitSpaces(final);
		const batch = emptyBatch();
		for (;;) {
			// The records ended by a line end; what follows waits (or, at the end, is the last).
			const input = this.#pending;
			const complete = this.#parser.parse(input, 0, true) as PapaOutput;
			const consumed = complete.meta.cursor;
			this.#collect(complete.data, input, consumed, true, batch);
			if (input.indexOf('\uFFFD') !== -1) batch.replaced = true;
			this.#pending = consumed === 0 ? input : input.substring(consumed);
			if (!final || this.#pending === '') return batch;
			const rest = this.#pending;
			this.#pending = '';
			const last = this.#parser.parse(rest, 0, false) as PapaOutput;
			if (!last.errors.some((error) => error.code === 'MissingQuotes')) {
				this.#collect(last.data, rest, rest.length, false, batch);
				return batch;
			}
			// A quote never closed: its first line is the unclosed row; reading goes on after it.
			const end = rest.indexOf('\n');
			batch.unclosed.push(batch.rows.length);
			batch.rows.push([end === -1 ? rest : rest.substring(0, end)]);
			batch.lines.push(this.#line++);
			if (end === -1) return batch;
			this.#pending = rest.substring(end + 1);
		}
	}

	/**
	 * Records with their lines; `input.substring(0, consumed)` is the text they came from, in
	 * which every record ends with a line end (`terminated`) or all but the last. When it holds
	 * no more line ends than that (no quoted line breaks), lines are counted, not searched.
	 */
	#collect(
		records: string[][],
		input: string,
		consumed: number,
		terminated: boolean,
		batch: RowBatch
	): void {
		const expected = terminated || records.length === 0 ? records.length : records.length - 1;
		const multiLine = countLineEnds(input, consumed) !== expected;
		for (let i = 0; i < records.length; i++) {
			const record = records[i];
			const line = this.#line;
			this.#line += 1 + (multiLine ? embeddedNewlines(record) : 0);
			if (record.length === 1 && record[0].trim() === '') {
				this.blankLines++;
				continue;
			}
			batch.rows.push(record);
			batch.lines.push(line);
		}
	}

	#splitSpaces(final: boolean): RowBatch {
		const input = this.#pending;
		const end = final ? input.length : input.lastIndexOf('\n');
		this.#pending = final ? '' : input.substring(end + 1);
		const batch = emptyBatch();
		if (end < 0 && !final) return batch;
		const lines = input.substring(0, end).split('\n');
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

const CR_LINE_ENDS = /\r\n?/g;

function emptyBatch(): RowBatch {
	return { rows: [], lines: [], replaced: false, unclosed: [] };
}

/** LFs in the first `end` characters of `text`. */
function countLineEnds(text: string, end: number): number {
	let count = 0;
	for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
	return count;
}

function embeddedNewlines(record: readonly string[]): number {
	let count = 0;
	for (const cell of record) {
		let at = cell.indexOf('\n');
		while (at !== -1) {
			count++;
			at = cell.indexOf('\n', at + 1);
		}
	}
	return count;
}

/**
 * Parses a whole (small) text at once: for samples and tests. With `maxRows`, only a prefix
 * long enough for that many records is parsed when one is (the delimiter guess parses a 1 MiB
 * sample once per delimiter for 200 rows); the rows are the same as a whole parse's first ones.
 */
export function parseCsvText(text: string, dialect: Dialect, maxRows = Infinity): string[][] {
	const cut = Number.isFinite(maxRows) ? afterLineEnds(text, 4 * maxRows + 4) : -1;
	if (cut !== -1) {
		// Only records completed inside the prefix come out (push, not finish).
		const prefix = new CsvRowReader(dialect, Math.max(DEFAULT_MAX_LINE_CHARS, cut + 1));
		const rows = withoutUnclosed(prefix.push(text.substring(0, cut)));
		if (rows.length >= maxRows) return rows.slice(0, maxRows);
	}
	const reader = new CsvRowReader(dialect, Math.max(DEFAULT_MAX_LINE_CHARS, text.length + 1));
	const rows = withoutUnclosed(reader.push(text));
	if (rows.length < maxRows) rows.push(...withoutUnclosed(reader.finish()));
	return rows.length > maxRows ? rows.slice(0, maxRows) : rows;
}

/** The index just after the `count`-th CR or LF of `text`, or -1 when it has fewer. */
function afterLineEnds(text: string, count: number): number {
	let seen = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code === 10 || code === 13) && ++seen === count) return i + 1;
	}
	return -1;
}

/** The batch's rows without its unclosed-quote lines (samples: guesses look at real records). */
export function withoutUnclosed(batch: RowBatch): string[][] {
	if (batch.unclosed.length === 0) return batch.rows;
	return batch.rows.filter((_, index) => !batch.unclosed.includes(index));
}
