import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowReader, RecordTooLongError, parseCsvText, type Dialect } from './csv-reader';

const COMMA: Dialect = { delimiter: ',', quoteChar: '"', newline: '\n' };

/** Rows and lines of a text pushed in the given pieces. */
function readInPieces(text: string, cuts: number[], dialect = COMMA) {
	const reader = new CsvRowReader(dialect);
	const rows: string[][] = [];
	const lines: number[] = [];
	let start = 0;
	for (const cut of [
		...cuts.filter((c) => c > 0 && c < text.length).sort((a, b) => a - b),
		text.length
	]) {
		const batch = reader.push(text.slice(start, cut));
		rows.push(...batch.rows);
		lines.push(...batch.lines);
		start = cut;
	}
	const last = reader.finish();
	rows.push(...last.rows);
	lines.push(...last.lines);
	return { rows, lines };
}

describe('CsvRowReader', () => {
	it('numbers rows by the file line they start on, across quoted line breaks and blank lines', () => {
		const text = 'id,note\n1,"two\nlines"\n\n2,plain\n3,"a ""quote"""\n';
		const { rows, lines } = readInPieces(text, []);
		expect(rows).toEqual([
			['id', 'note'],
			['1', 'two\nlines'],
			['2', 'plain'],
			['3', 'a "quote"']
		]);
		expect(lines).toEqual([1, 2, 5, 6]);
	});

	it('gives the same rows however the text is cut', () => {
		const cell = fc.oneof(
			fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
			fc.stringMatching(/^[a-z,\n"客]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`)
		);
		const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
		fc.assert(
			fc.property(
				fc.array(line, { minLength: 1, maxLength: 8 }),
				fc.array(fc.nat(200)),
				(rowTexts, cuts) => {
					const text = rowTexts.join('\n') + '\n';
					expect(readInPieces(text, cuts)).toEqual(readInPieces(text, []));
				}
			)
		);
	});

	it('handles CRLF files and a last line without a newline', () => {
		const dialect: Dialect = { delimiter: ';', quoteChar: '"', newline: '\r\n' };
		expect(readInPieces('a;b\r\n1;"x\r\ny"\r\n2;3', [3, 9], dialect).rows).toEqual([
			['a', 'b'],
			['1', 'x\ny'],
			['2', '3']
		]);
	});

	it('splits runs of spaces (fixed-width exports) and skips blank lines', () => {
		const dialect: Dialect = { delimiter: ' ', quoteChar: '"', newline: '\r\n' };
		const { rows, lines } = readInPieces(
			' 00004 0001 19970101  2   29.33\r\n\r\n 00021 0002 19970101  3   63.34\r\n',
			[7, 40],
			dialect
		);
		expect(rows).toEqual([
			['00004', '0001', '19970101', '2', '29.33'],
			['00021', '0002', '19970101', '3', '63.34']
		]);
		expect(lines).toEqual([1, 3]);
	});

	it('refuses a record longer than the limit, saying whether a quote is open', () => {
		const reader = new CsvRowReader(COMMA, 1000);
		reader.push('a,b\n');
		expect(() => reader.push('x'.repeat(1200))).toThrow(RecordTooLongError);
		const quoted = new CsvRowReader(COMMA, 1000);
		quoted.push('a,b\n1,2\n');
		try {
			quoted.push('3,"never closed\n'.repeat(100));
			expect.unreachable();
		} catch (error) {
			expect(error).toMatchObject({ line: 3, insideQuote: true });
		}
	});

	it('gives back the line of a quote left open at the end of the file, then reads on', () => {
		const reader = new CsvRowReader(COMMA);
		const first = reader.push('a,b\n1,"open\n2,3\n');
		const last = reader.finish();
		expect(first.rows).toEqual([['a', 'b']]);
		expect(last.rows).toEqual([['1,"open'], ['2', '3']]);
		expect(last.unclosed).toEqual([0]);
		expect(last.lines).toEqual([2, 3]);
	});

	it('gives the same first rows from a long text whether it parses all of it or a prefix', () => {
		const cell = fc.oneof(
			fc.stringMatching(/^[a-z0-9 ]{0,4}$/),
			fc.stringMatching(/^[a-z,\r\n"]{0,5}$/).map((s) => `"${s.replace(/"/g, '""')}"`)
		);
		const line = fc.array(cell, { minLength: 1, maxLength: 3 }).map((cells) => cells.join(','));
		const end = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
		fc.assert(
			fc.property(fc.array(fc.tuple(line, end), { maxLength: 60 }), fc.nat(12), (lines, max) => {
				const text = lines.map(([cells, e]) => cells + e).join('');
				const all = parseCsvText(text, COMMA);
				expect(parseCsvText(text, COMMA, max)).toEqual(all.slice(0, max));
			}),
			{ numRuns: 300 }
		);
	});

	it('parses a whole text at once for samples', () => {
		expect(parseCsvText('a,b\n1,2\n3,4', COMMA, 2)).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});
});
