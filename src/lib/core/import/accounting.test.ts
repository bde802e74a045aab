/**
 * Every row accounted for (issue 20, finding 3): each data row of a file is imported (or merged
 * into an order) or listed with its reason, so rows read = rows imported + rows skipped, and
 * header + rows read + blank lines = the lines of the file (when no quoted cell spans lines).
 */
import { describe, expect, it } from 'vitest';
import { expectOk, importText, physicalLines, skippedRows } from './testing';
import type { ImportResult } from './types';

const HEADER = 'customer_id,order_date,amount';
/** The columns as the user would map them (guesses need some readable values to go on). */
const MAPPED = { mapping: ['customerId' as const, 'date' as const, 'amount' as const] };

function expectAccounted(result: ImportResult, text: string) {
	const { report, detected } = result;
	expect(report.rowsImported + skippedRows(report)).toBe(report.rowsRead);
	const lines = physicalLines(new TextEncoder().encode(text));
	expect((detected.hasHeader ? 1 : 0) + report.rowsRead + report.blankLines).toBe(lines);
}

describe('every row accounted for', () => {
	it('mixed CR LF, LF and CR line ends are all line ends', async () => {
		const text = `${HEADER}\r\nC1,2024-01-01,10\nC2,2024-01-02,20\rC3,2024-01-03,30\r\nC4,2024-01-04,40\n`;
		const result = expectOk(await importText(text));
		expect(result.report).toMatchObject({ rowsRead: 4, rowsImported: 4, problemsTotal: 0 });
		expect(result.orders.customerIds).toEqual(['C1', 'C2', 'C3', 'C4']);
		expect(Array.from(result.orders.amount)).toEqual([10, 20, 30, 40]);
		expectAccounted(result, text);
	});

	it('a CR at the end of one chunk and the LF at the start of the next are one line end', async () => {
		const text = `${HEADER}\r\nC1,2024-01-01,10\r\nC2,2024-01-02,20\r\nC3,2024-01-03,30\r\n`;
		for (let chunkBytes = 1; chunkBytes <= 40; chunkBytes++) {
			const result = expectOk(await importText(text, { chunkBytes }));
			expect(result.report).toMatchObject({ rowsRead: 3, rowsImported: 3, blankLines: 0 });
		}
	});

	it('lines of a quoted cell with mixed line ends are counted for the rows after it', async () => {
		const text = `${HEADER},note\r\nC1,2024-01-01,10,"a\rb\r\nc"\nC2,2024-01-02,x,\r`;
		const result = expectOk(await importText(text));
		expect(result.report.problems).toEqual([
			{ row: 5, column: 'amount', code: 'invalidNumber', value: 'x' }
		]);
		expect(result.customers.length).toBe(1);
	});

	it('an unterminated quote skips its line only, and says so', async () => {
		const text = `${HEADER}\nC1,2024-01-01,10\nC2,"2024-01-02,20\nC3,2024-01-03,30\nC4,2024-01-04,40\n`;
		const result = expectOk(await importText(text));
		expect(result.report).toMatchObject({ rowsRead: 4, rowsImported: 3 });
		expect(result.report.skipped).toEqual({ unclosedQuote: 1 });
		expect(result.report.problems).toEqual([
			{ row: 3, column: null, code: 'unclosedQuote', value: 'C2,"2024-01-02,20' }
		]);
		expect(result.orders.customerIds).toEqual(['C1', 'C3', 'C4']);
		expectAccounted(result, text);
	});

	it('bad dates: 2 of 9 rows imported, the 7 others listed by row and column', async () => {
		const dates = [
			'2024-01-01',
			'2024-13-01',
			'2024-02-30',
			'yesterday',
			'2024-01-02',
			'01/02/2024/5',
			'0000-00-00',
			'9999-99-99',
			'2024-1-1-1'
		];
		const text = [HEADER, ...dates.map((date, i) => `C${i + 1},${date},${i + 1}`)].join('\n');
		const result = expectOk(await importText(text, MAPPED));
		expect(result.report).toMatchObject({ rowsRead: 9, rowsImported: 2 });
		expect(result.orders.customerIds).toEqual(['C1', 'C5']);
		expect(result.report.problems.map((problem) => [problem.row, problem.column])).toEqual(
			[3, 4, 5, 7, 8, 9, 10].map((row) => [row, 'order_date'])
		);
		expectAccounted(result, text);
	});

	it('bad amounts: 5 of 13 rows imported, the 8 others listed with their reasons', async () => {
		const amounts = [
			'10',
			'abc',
			'',
			'=1+1',
			'3万',
			'12.5',
			'1,2,3',
			'--5',
			'7',
			'$',
			'1e400',
			'8',
			'99'
		];
		const text = [HEADER, ...amounts.map((amount, i) => `C${i + 1},2024-01-01,"${amount}"`)].join(
			'\r\n'
		);
		const result = expectOk(await importText(text, MAPPED));
		expect(result.report).toMatchObject({ rowsRead: 13, rowsImported: 5 });
		expect(result.report.skipped).toEqual({
			invalidNumber: 5,
			missingAmount: 1,
			formulaNotEvaluated: 1,
			chineseUnit: 1
		});
		expect(result.report.problems.map((problem) => problem.row)).toEqual([
			3, 4, 5, 6, 8, 9, 11, 12
		]);
		expectAccounted(result, text);
	});

	it('line items merged into orders still count as imported rows', async () => {
		const text =
			'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n' +
			'1,C1,2024-01-01,2,1.5\n1,C1,2024-01-01,1,4\n1,C1,2024-01-01,1,4\n2,,2024-01-02,1,1\n';
		const result = expectOk(await importText(text));
		expect(result.orders.day.length).toBe(1);
		expect(result.report).toMatchObject({ rowsRead: 4, rowsImported: 3 });
		expect(result.report.skipped).toEqual({ missingCustomerId: 1 });
		expectAccounted(result, text);
	});
});
