import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUS } from '../model';
import { translate } from '../../i18n/translate';
import { errorKey, problemKey } from './messages';
import { previewImport } from './preview';
import { runImport } from './run';
import { sourceFromBytes } from './source';
import { errorCode, expectOk, importBytes, importText, previewText } from './testing';
import type { ImportSource } from './types';

const ORDERS = 'customer_id,order_date,amount\n';

/** A large text file made up on demand, never held in memory. */
function virtualFile(size: number, line: string): ImportSource {
	const pattern = new TextEncoder().encode(line);
	return {
		name: 'huge.csv',
		size,
		read: async (start, end) => {
			const bytes = new Uint8Array(end - start);
			for (let i = 0; i < bytes.length; i++) bytes[i] = pattern[(start + i) % pattern.length];
			return bytes;
		}
	};
}

describe('whole-file errors (nothing is imported)', () => {
	it('an empty file', async () => {
		expect(errorCode(await importText(''))).toBe('emptyFile');
		expect(errorCode(await importText('\uFEFF\r\n\r\n  \n'))).toBe('emptyFile');
		expect(errorCode(await previewText(''))).toBe('emptyFile');
	});

	it('a header with no rows', async () => {
		expect(errorCode(await importText(ORDERS))).toBe('noRows');
		expect(errorCode(await importText('customer_id,order_date,amount'))).toBe('noRows');
		expect(errorCode(await previewText(ORDERS + '\n\n'))).toBe('noRows');
	});

	it('a binary file or an image renamed .csv', async () => {
		const png = new Uint8Array([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48
		]);
		const outcome = await importBytes(png);
		expect(outcome).toMatchObject({
			ok: false,
			error: { code: 'binaryFile', detail: 'PNG image' }
		});
		expect(
			errorCode(await importBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])))
		).toBe('binaryFile');
		const zip = new Uint8Array([
			0x50,
			0x4b,
			0x03,
			0x04,
			0x14,
			0,
			0,
			0,
			...new TextEncoder().encode('photo.jpg')
		]);
		expect(errorCode(await importBytes(zip))).toBe('binaryFile');
		const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
		expect(errorCode(await importBytes(random))).toBe('binaryFile');
		expect(
			errorCode(
				await importBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))
			)
		).toBe('legacyExcel');
	});

	it('a wrong delimiter (one column only)', async () => {
		expect(errorCode(await importText('id:date:amount\nC1:2024-01-01:5\nC2:2024-01-02:6\n'))).toBe(
			'singleColumn'
		);
		expect(errorCode(await importText(ORDERS + 'C1,2024-01-01,5\n', { delimiter: ';' }))).toBe(
			'singleColumn'
		);
		expect(errorCode(await previewText('just one column\nvalue\n'))).toBe('singleColumn');
	});

	it('no column that can be a customer id, a date or an amount', async () => {
		expect(errorCode(await importText('order_date,amount\n2024-01-01,5\n'))).toBe(
			'noCustomerIdColumn'
		);
		expect(errorCode(await importText('customer_id,amount\nC1,5\n'))).toBe('noDateColumn');
		expect(errorCode(await importText('customer_id,order_date,note\nC1,2024-01-01,hi\n'))).toBe(
			'noAmountColumn'
		);
		const preview = await previewText('order_date,amount\n2024-01-01,5\n');
		expect(preview.ok && preview.preview.mappingErrors).toEqual(['noCustomerIdColumn']);
	});

	it('every date unparseable', async () => {
		const text = ORDERS + 'C1,yesterday,5\nC2,2024-02-30,6\n';
		const outcome = await importText(text, { mapping: ['customerId', 'date', 'amount'] });
		expect(outcome).toMatchObject({ ok: false, error: { code: 'noValidDates' } });
		expect(!outcome.ok && outcome.report?.problemCounts).toEqual({ invalidDate: 2 });
	});

	it('no row at all can be imported', async () => {
		const outcome = await importText(ORDERS + ',2024-01-01,5\n,2024-01-02,6\n');
		expect(outcome).toMatchObject({
			ok: false,
			error: { code: 'nothingToImport' },
			report: { skipped: { missingCustomerId: 2 } }
		});
	});

	it('a 200 MB file beyond the limit set for the browser', async () => {
		const huge = virtualFile(200 * 1024 * 1024, 'C1,2024-01-01,5\n');
		const outcome = await runImport(huge, { maxBytes: 100 * 1024 * 1024 });
		expect(outcome).toMatchObject({ ok: false, error: { code: 'fileTooLarge' } });
	});

	it('an extremely long line', async () => {
		const outcome = await importText(ORDERS + 'C1,2024-01-01,5\n' + 'x'.repeat(3_000_000) + '\n', {
			chunkBytes: 65_536
		});
		expect(outcome).toMatchObject({ ok: false, error: { code: 'lineTooLong', row: 3 } });
	});

	it('a quote that is never closed', async () => {
		const text =
			ORDERS + 'C1,2024-01-01,5\nC2,"2024-01-02,6\n' + 'C3,2024-01-03,7\n'.repeat(80_000);
		expect(await importText(text, { maxLineChars: 100_000 })).toMatchObject({
			ok: false,
			error: { code: 'unclosedQuoteFile', row: 3 }
		});
		const short = await importText(ORDERS + 'C1,2024-01-01,5\nC2,"2024-01-02,6\nC3,2024-01-03,7\n');
		expect(expectOk(short).report.problemCounts.unclosedQuote).toBe(1);
	});

	it('a cancelled import', async () => {
		const controller = new AbortController();
		controller.abort();
		expect(
			errorCode(await importText(ORDERS + 'C1,2024-01-01,5\n', { signal: controller.signal }))
		).toBe('cancelled');
		const later = new AbortController();
		const huge = virtualFile(20 * 1024 * 1024, 'C1,2024-01-01,5\n');
		const outcome = await runImport(huge, {
			signal: later.signal,
			onProgress: (progress) => {
				if (progress.bytesRead > 3 * 1024 * 1024) later.abort();
			}
		});
		expect(errorCode(outcome)).toBe('cancelled');
	});

	it('has a message in both languages naming the whole file or the row', () => {
		expect(translate('en', errorKey('lineTooLong'), { row: 3 })).toBe(
			'Row 3 is extremely long: this does not look like a table. Check the delimiter.'
		);
		expect(translate('zh', errorKey('emptyFile'))).toBe('文件是空的。');
		expect(translate('zh', problemKey('invalidDate'), { value: 'abc' })).toContain('“abc”');
	});
});

describe('row problems: skipped and reported with row and column', () => {
	it('formula-like text is data, never evaluated; -5 is still a number', async () => {
		const text =
			'customer_id,name,order_date,amount,note\n' +
			"C1,=cmd|' /C calc'!A0,2024-01-01,-5,@SUM(1+1)\n" +
			'C2,+Bob,2024-01-02,=1+1,-x\n' +
			'C3,@Ann,2024-01-03,+7,=HYPERLINK("http://x")\n';
		const result = expectOk(
			await importText(text, {
				mapping: ['customerId', 'customerName', 'date', 'amount', 'custom']
			})
		);
		expect(result.customers).toEqual([
			{ id: 'C1', name: "=cmd|' /C calc'!A0", custom: { note: '@SUM(1+1)' } },
			{ id: 'C3', name: '@Ann', custom: { note: '=HYPERLINK("http://x")' } }
		]);
		expect(Array.from(result.orders.amount)).toEqual([-5, 7]);
		expect(result.orders.status[0]).toBe(ORDER_STATUS.returned);
		expect(result.report.problems).toEqual([
			{ row: 3, column: 'amount', code: 'formulaNotEvaluated', value: '=1+1' }
		]);
	});

	it('names row and column of missing ids, bad dates, bad numbers and Chinese units', async () => {
		const text =
			ORDERS +
			'C1,2024-01-01,5\n,2024-01-02,6\nC2,someday,7\nC3,2024-01-04,abc\nC4,2024-01-05,1.5万\nC5,1850-01-01,3\nC6,,4\nC7,2024-01-06,\n';
		const result = expectOk(await importText(text));
		expect(result.report.problems).toEqual([
			{ row: 3, column: 'customer_id', code: 'missingCustomerId', value: '' },
			{ row: 4, column: 'order_date', code: 'invalidDate', value: 'someday' },
			{ row: 5, column: 'amount', code: 'invalidNumber', value: 'abc' },
			{ row: 6, column: 'amount', code: 'chineseUnit', value: '1.5万' },
			{ row: 7, column: 'order_date', code: 'dateOutOfRange', value: '1850-01-01' },
			{ row: 8, column: 'order_date', code: 'missingDate', value: '' },
			{ row: 9, column: 'amount', code: 'missingAmount', value: '' }
		]);
		expect(result.report).toMatchObject({ rowsRead: 8, rowsImported: 1, orders: 1, customers: 1 });
	});

	it('names columns by position in a file without header', async () => {
		const result = expectOk(
			await importText('C1 20240101 5\nC2 2024010x 6\n', {
				mapping: ['customerId', 'date', 'amount']
			})
		);
		expect(result.report.problems).toEqual([
			{ row: 2, column: 2, code: 'invalidDate', value: '2024010x' }
		]);
	});

	it('mixed encodings: undecodable bytes are reported on their row', async () => {
		const head = new TextEncoder().encode(
			'id,date,amount,city\n' + 'C1,2024-01-01,5,北京\n'.repeat(40_000)
		);
		const tail = new TextEncoder().encode('C3,2024-01-03,7,上海\n'.repeat(70_000));
		const gbk = iconv.encode('C2,2024-01-02,6,广州\n', 'gbk');
		const result = expectOk(await importBytes(new Uint8Array([...head, ...gbk, ...tail])));
		expect(result.detected.encoding).toBe('utf-8');
		expect(result.report.problemCounts).toEqual({ encodingReplaced: 1 });
		expect(result.report.problems[0]).toMatchObject({ row: 40_002, code: 'encodingReplaced' });
	});

	it('rows with too few cells for the mapped columns', async () => {
		const result = expectOk(await importText(ORDERS + 'C1,2024-01-01,5\nC2,2024-01-02\n'));
		expect(result.report.problemCounts).toEqual({ columnCountMismatch: 1, missingAmount: 1 });
	});
});

describe('preview', () => {
	it('shows detected settings, mapping and the first 20 rows', async () => {
		const rows = Array.from(
			{ length: 30 },
			(_, i) => `C${i};0${(i % 9) + 1}/0${(i % 9) + 1}/2024;${i}.5`
		);
		const outcome = await previewImport(
			sourceFromBytes(new TextEncoder().encode('客户ID;日期;金额\n' + rows.join('\n')))
		);
		if (!outcome.ok) throw new Error(outcome.error.code);
		const { preview } = outcome;
		expect(preview.rows).toHaveLength(20);
		expect(preview.rows[0]).toEqual(['C0', '01/01/2024', '0.5']);
		expect(preview.mapping).toEqual(['customerId', 'date', 'amount']);
		expect(preview.detected).toMatchObject({
			delimiter: ';',
			dateFormat: 'mdy',
			dateFormatAmbiguous: true,
			decimalComma: false
		});
		expect(preview.columns.map((c) => c.label)).toEqual(['客户ID', '日期', '金额']);
		expect(preview.headerSignature).toBe('客户id|日期|金额');
	});

	it('lets the user settle ambiguous day-month order', async () => {
		const text = ORDERS + 'C1,01/02/2024,5\nC2,03/04/2024,6\n';
		const asked = expectOk(await importText(text, { dateFormat: 'dmy' }));
		expect(asked.detected).toMatchObject({ dateFormat: 'dmy', dateFormatAmbiguous: false });
		const guessed = expectOk(await importText(text));
		expect(guessed.detected.dateFormatAmbiguous).toBe(true);
		expect(asked.orders.day[0] - guessed.orders.day[0]).toBe(31 - 1 - 30 + 30);
	});
});
