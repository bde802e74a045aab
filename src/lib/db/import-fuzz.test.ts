/**
 * Import fuzzing: generated and mutated CSV and XLSX files go through the importer and, when it
 * accepts them, into the store. The importer never throws; every refusal is a code of its own
 * catalogue (naming the row where it concerns one); a refused file leaves the store's
 * canonical digest unchanged; every row read is imported or listed as skipped (the report's
 * counts add up), and without quotes, header + rows + blank lines are the file's lines.
 * Fixed seed and bounded runs here; `npm run fuzz` runs longer.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { sha256Hex } from '$lib/core/backup';
import { encodeBackup } from '$lib/core/backup';
import {
	FILE_ERROR_CODES,
	IMPORT_MESSAGES,
	PROBLEM_CODES,
	runImport,
	sourceFromBytes
} from '$lib/core/import';
import { physicalLines, skippedRows } from '$lib/core/import/testing';
import type { ImportReport } from '$lib/core/import';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { closeDatabase, useDatabaseName } from './database';
import { writeImport } from './import-write';
import { readSnapshot, replaceStore } from './store';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** A digest of everything stored, independent of record order. */
async function storeDigest(): Promise<string> {
	const snapshot = await readSnapshot();
	snapshot.customers.sort((a, b) => a.id.localeCompare(b.id));
	snapshot.interactions.sort((a, b) => a.id.localeCompare(b.id));
	const bytes = await encodeBackup(snapshot, 2, new Date(0));
	return sha256Hex(bytes.subarray(bytes.indexOf(10) + 1));
}

const header = fc.shuffledSubarray(
	[
		'customer id',
		'客户编号',
		'order id',
		'date',
		'日期',
		'amount',
		'金额',
		'quantity',
		'price',
		'name',
		'city',
		'status',
		'x'
	],
	{ minLength: 0, maxLength: 7 }
);
const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom(
		'2024-03-05',
		'2024/3/5',
		'05/03/2024',
		'20240305',
		'2024年3月5日',
		'2024-03-05 10:11:12',
		'45361'
	),
	fc.constantFrom(
		'1,234.50',
		'1.234,50',
		'¥99',
		'￥12',
		'$5',
		'€7',
		'£8',
		'(12.50)',
		'-5',
		'=SUM(A1)',
		'+1',
		'@x',
		'3万'
	),
	fc.integer({ min: -1000, max: 100000 }).map(String),
	fc.constantFrom('"quoted, comma"', '"unclosed', 'line\nbreak', 'C' + 'x'.repeat(500), '')
);
const delimiter = fc.constantFrom(',', ';', '\t', '|', '  ');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A CSV-ish text: a header and rows of random cells, in a random dialect, any line ends. */
const csvText = fc
	.tuple(
		header,
		fc.array(fc.tuple(fc.array(cell, { maxLength: 8 }), lineEnd), { maxLength: 25 }),
		delimiter
	)
	.map(([names, rows, sep]) =>
		rows.reduce((text, [row, end]) => text + end + row.join(sep), names.join(sep))
	);

/** Bytes: text in a random encoding, or mutated (truncated, random bytes, BOMs, NULs). */
const fileBytes = fc.oneof(
	csvText.map((text) => new TextEncoder().encode(text)),
	csvText.map((text) => new Uint8Array(iconv.encode(text, 'gbk'))),
	csvText.map((text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
	fc.tuple(csvText, fc.nat()).map(([text, cut]) => {
		const bytes = new TextEncoder().encode(text);
		return bytes.subarray(0, bytes.length ? cut % bytes.length : 0);
	}),
	fc.uint8Array({ maxLength: 400 }),
	fc
		.tuple(
			csvText,
			fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 })
		)
		.map(([text, flips]) => {
			const bytes = new TextEncoder().encode(text).slice();
			for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
			return bytes;
		})
);

const KNOWN_ERRORS = new Set<string>(FILE_ERROR_CODES);
const KNOWN_PROBLEMS = new Set<string>(PROBLEM_CODES);

/** Rows read are imported or skipped with a reason. */
function expectRowsAccounted(report: ImportReport | undefined): void {
	if (report) expect(report.rowsImported + skippedRows(report)).toBe(report.rowsRead);
}

/** Import bytes as the app does; check the outcome's contract; write it when accepted. */
async function importAndCheck(bytes: Uint8Array, name: string): Promise<void> {
	const before = await storeDigest();
	const outcome = await runImport(sourceFromBytes(bytes, name));
	expectRowsAccounted(outcome.ok ? outcome.result.report : outcome.report);
	if (outcome.ok && outcome.result.detected.format === 'csv') {
		const { detected, report } = outcome.result;
		const quote = detected.quoteChar.charCodeAt(0);
		if (!detected.encoding.startsWith('utf-16') && !bytes.includes(quote))
			expect((detected.hasHeader ? 1 : 0) + report.rowsRead + report.blankLines).toBe(
				physicalLines(bytes)
			);
	}
	if (!outcome.ok) {
		expect(KNOWN_ERRORS.has(outcome.error.code), outcome.error.code).toBe(true);
		expect(IMPORT_MESSAGES.en[`import.error.${outcome.error.code}`]).toBeTruthy();
		expect(IMPORT_MESSAGES.zh[`import.error.${outcome.error.code}`]).toBeTruthy();
		if (outcome.error.row !== undefined) expect(outcome.error.row).toBeGreaterThan(0);
		expect(await storeDigest()).toBe(before);
		return;
	}
	for (const problem of outcome.result.report.problems) {
		expect(KNOWN_PROBLEMS.has(problem.code), problem.code).toBe(true);
		expect(problem.row).toBeGreaterThan(0);
		expect(IMPORT_MESSAGES.zh[`import.problem.${problem.code}`]).toBeTruthy();
	}
	await writeImport(outcome.result);
}

describe('import fuzzing', { timeout: 600_000 }, () => {
	const name = `kequn-fuzz-${Math.random()}`;
	beforeAll(async () => {
		useDatabaseName(name);
		await replaceStore(smallSnapshot());
	});
	afterAll(async () => {
		closeDatabase();
		await Dexie.delete(name);
	});

	it('CSV and text files: never throws, refusals are catalogued, refused files change nothing', async () => {
		await fc.assert(
			fc.asyncProperty(fileBytes, async (bytes) => importAndCheck(bytes, 'fuzz.csv')),
			{ numRuns: RUNS, seed: SEED }
		);
	});

	it('XLSX files, whole and damaged', async () => {
		const workbook = fc.tuple(
			header,
			fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
			fc.nat()
		);
		await fc.assert(
			fc.asyncProperty(workbook, async ([names, rows, cut]) => {
				const book = new ExcelJS.Workbook();
				const sheet = book.addWorksheet('S');
				sheet.addRow(names);
				for (const row of rows)
					sheet.addRow(
						row.map((value, i) =>
							i % 3 === 2 ? new Date(Date.UTC(2024, 0, 1 + (value.length % 28))) : value
						)
					);
				const bytes = new Uint8Array(await book.xlsx.writeBuffer());
				await importAndCheck(bytes, 'fuzz.xlsx');
				await importAndCheck(bytes.subarray(0, cut % bytes.length), 'cut.xlsx');
			}),
			{ numRuns: Math.max(10, Math.round(RUNS / 5)), seed: SEED }
		);
	});

	it('the store stays consistent after all of it', async () => {
		const snapshot = await readSnapshot();
		const ids = new Set(snapshot.customers.map((customer) => customer.id));
		for (const id of snapshot.orders.customerIds) expect(ids.has(id)).toBe(true);
	});
});
