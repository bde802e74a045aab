/**
 * The streaming path from bytes to records (`readCsvRows`): read chunks are cut again into
 * 64 KiB pieces for decoding and parsing, so every hazard of a cut is tried at the piece
 * boundaries inside one chunk and at chunk boundaries: multi-byte GBK and UTF-8 characters,
 * quoted cells with line breaks and delimiters, CR LF split between its two bytes, a BOM.
 * The expected records are the ones the file was written from.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PIECE_BYTES, readCsvRows } from './read-csv-rows';
import type { Dialect } from './csv-reader';
import type { TextEncodingLabel } from './types';

const COMMA: Dialect = { delimiter: ',', quoteChar: '"', newline: '\n' };

async function* chunked(bytes: Uint8Array, size: number) {
	for (let start = 0; start < bytes.length; start += size)
		yield bytes.subarray(start, start + size);
}

async function records(bytes: Uint8Array, chunk: number, encoding: TextEncodingLabel = 'utf-8') {
	const rows: string[][] = [];
	const lines: number[] = [];
	for await (const batch of readCsvRows(chunked(bytes, chunk), { encoding, dialect: COMMA })) {
		rows.push(...batch.rows);
		lines.push(...batch.lines);
	}
	return { rows, lines };
}

/** Writes rows as CSV with the given line ends, quoting cells that need it. */
function csv(rows: string[][], ends: string[]): string {
	return rows
		.map(
			(row, i) =>
				row
					.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
					.join(',') + ends[i % ends.length]
		)
		.join('');
}

/**
 * Filler rows, then a padding row sized so that the hazard row starts `into` bytes before the
 * byte offset `at` (a piece boundary), then more filler; rows end with `ends` in turn.
 */
function rowsAround(
	at: number,
	into: number,
	hazard: string[],
	filler: (i: number) => string[],
	ends: string[],
	bytesOf: (text: string) => number
) {
	const rows: string[][] = [];
	let length = 0;
	while (length < at - into - 200) {
		const row = filler(rows.length);
		length += bytesOf(csv([row], [ends[rows.length % ends.length]]));
		rows.push(row);
	}
	const end = ends[rows.length % ends.length];
	const pad = at - into - length - bytesOf(`pad,,${end}`);
	rows.push(['pad', 'x'.repeat(pad), '']);
	rows.push(hazard);
	for (let i = 0; i < 50; i++) rows.push(filler(rows.length));
	expect(bytesOf(csv(rows.slice(0, rows.indexOf(hazard)), ends))).toBe(at - into);
	return rows;
}

const ENDS = ['\r\n', '\n', '\r'];
const gbkBytes = (text: string) => iconv.encode(text, 'gbk').length;
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('readCsvRows across piece and chunk boundaries', { timeout: 60_000 }, () => {
	it('reads pieces smaller than the chunks read', () => {
		expect(PIECE_BYTES).toBe(64 * 1024);
	});

	for (const into of [1, 2, 3, 4, 9, 57])
		it(`GBK, a quoted cell with line breaks and delimiters ${into} bytes before a boundary`, async () => {
			const filler = (i: number) => [
				`客户${i}`.padEnd(6 + ((i * 7) % 30), '甲'),
				'2024-01-01',
				`${i}.5`
			];
			const hazard = ['张三,李四', '第一行\r\n第二行\n"引号"', '满意'];
			const rows = rowsAround(PIECE_BYTES, into, hazard, filler, ENDS, gbkBytes);
			const bytes = new Uint8Array(iconv.encode(csv(rows, ENDS), 'gbk'));
			const expected = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
			for (const chunk of [PIECE_BYTES * 4, 65_537, 4099, 3]) {
				const read = await records(bytes, chunk, 'gb18030');
				expect(read.rows).toEqual(expected);
				expect(read.rows.flat().join('')).not.toContain('\uFFFD');
			}
			// The hazard's quoted cell spans three lines: the row after it starts three lines on.
			const { lines } = await records(bytes, PIECE_BYTES * 4, 'gb18030');
			const at = rows.indexOf(hazard);
			expect(lines[at + 1] - lines[at]).toBe(3);
			expect(lines[rows.length - 1]).toBe(rows.length + 2);
		});

	for (const into of [1, 2, 3])
		it(`UTF-8 with a BOM, a 4-byte character ${into} bytes before a boundary`, async () => {
			const filler = (i: number) => [`c${i}`, '😀'.repeat(1 + (i % 5)), 'x'.repeat(i % 13)];
			// The BOM's 3 bytes come first.
			const hazard = ['😀,😀', 'a\rb', ''];
			const rows = rowsAround(PIECE_BYTES - 3, into, hazard, filler, ENDS, utf8Bytes);
			const bytes = new TextEncoder().encode('\uFEFF' + csv(rows, ENDS));
			const expected = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
			for (const chunk of [1 << 20, PIECE_BYTES - 1, 1000, 7]) {
				const read = await records(bytes, chunk);
				expect(read.rows).toEqual(expected);
			}
		});

	it('a CR at the very end of a piece and its LF at the start of the next make one line end', async () => {
		const first = 'a,' + 'b'.repeat(PIECE_BYTES - 3) + '\r';
		const bytes = new TextEncoder().encode(first + '\n1,2\r\n3,4');
		expect(bytes[PIECE_BYTES - 1]).toBe(13);
		const read = await records(bytes, 1 << 20);
		expect(read.rows).toEqual([
			['a', 'b'.repeat(PIECE_BYTES - 3)],
			['1', '2'],
			['3', '4']
		]);
		expect(read.lines).toEqual([1, 2, 3]);
	});
});
