/**
 * `readOrders` says what it found (issue 20, finding 3): the report summary on stderr, every
 * skipped row of a small file listed with its line and column, and `--strict` exits 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { readOrders } from './read-orders';
import { reportSummary, terminalSafe } from './report-summary';

const dir = mkdtempSync(path.join(tmpdir(), 'kequn-read-report-'));
function file(name: string, text: string): string {
	const at = path.join(dir, name);
	writeFileSync(at, text);
	return at;
}

const HEADER = 'customer_id,order_date,amount';
const MIXED = file(
	'mixed.csv',
	`${HEADER}\r\nC1,2024-01-01,10\nC2,2024-01-02,20\rC3,2024-01-03,30\r\nC4,2024-01-04,40\n`
);
const UNCLOSED = file(
	'unclosed.csv',
	`${HEADER}\nC1,2024-01-01,10\nC2,"2024-01-02,20\nC3,2024-01-03,30\nC4,2024-01-04,40\n`
);
const BAD_AMOUNTS = file(
	'amounts.csv',
	[
		HEADER,
		...['10', 'abc', '12', '=1+1', '3万', '7', 'x'].map(
			(a, i) => `C${i + 1},2024-01-0${i + 1},${a}`
		)
	].join('\n')
);

/** The columns named, as a user does when the guesses have too few readable values. */
const MAP = 'customer=customer_id,date=order_date,amount=amount';

async function read(at: string, strict = false) {
	const lines: string[] = [];
	try {
		const result = await readOrders(at, { strict, map: MAP, log: (line) => lines.push(line) });
		return { result, lines, error: null };
	} catch (error) {
		return { result: null, lines, error: error as CliError };
	}
}

describe('what reading a file found', { timeout: 60_000 }, () => {
	it('a file read whole says nothing', async () => {
		const { result, lines } = await read(MIXED);
		expect(result?.report).toMatchObject({ rowsRead: 4, rowsImported: 4 });
		expect(lines).toEqual([]);
	});

	it('lists the unclosed-quote line with its text, and --strict refuses', async () => {
		const { result, lines } = await read(UNCLOSED);
		expect(result?.orders.customerIds).toEqual(['C1', 'C3', 'C4']);
		expect(lines).toEqual([
			`${UNCLOSED}: 4 rows read, 3 imported, 1 skipped (unclosedQuote 1)`,
			'  line 3: A quote in this line is never closed: “C2,"2024-01-02,20” was skipped; the lines after it were read. [unclosedQuote]'
		]);
		const strict = await read(UNCLOSED, true);
		expect(strict.lines).toEqual(lines);
		expect(strict.error).toBeInstanceOf(CliError);
		expect(strict.error?.exitCode).toBe(1);
		expect(strict.error?.message).toBe('--strict: 1 of 4 rows skipped');
	});

	it('lists every skipped row of a small file by line and column', async () => {
		const { lines } = await read(BAD_AMOUNTS);
		expect(lines[0]).toBe(
			`${BAD_AMOUNTS}: 7 rows read, 3 imported, 4 skipped (invalidNumber 2, formulaNotEvaluated 1, chineseUnit 1)`
		);
		expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual(
			[3, 5, 6, 8].map((row) => `  line ${row}, column amount`)
		);
	});

	it('counts what it does not list, and escapes control characters from the file', () => {
		const problems = Array.from({ length: 25 }, (_, i) => ({
			row: i + 2,
			column: 'amount',
			code: 'invalidNumber' as const,
			value: i === 0 ? '\u001b[31mred\u202e' : 'x'
		}));
		const lines = reportSummary('f.csv', {
			rowsRead: 30,
			rowsImported: 5,
			blankLines: 2,
			orders: 5,
			customers: 5,
			customersFromOrders: 5,
			skipped: { invalidNumber: 25 },
			problemCounts: { invalidNumber: 25, invalidOptionalValue: 1 },
			problemsTotal: 26,
			problems,
			returns: { orders: 0, rows: 0, amount: 0 },
			totalAmount: 0
		});
		expect(lines[0]).toBe(
			'f.csv: 30 rows read, 5 imported, 25 skipped (invalidNumber 25); 1 other problem (values left empty or warnings); 2 blank lines'
		);
		expect(lines[1]).toBe(
			'  line 2, column amount: “\\u001b[31mred\\u202e” is not a number: the row was skipped. [invalidNumber]'
		);
		expect(lines).toHaveLength(22);
		expect(lines[21]).toBe('  … and 6 more problems');
		expect(terminalSafe('客户 ok')).toBe('客户 ok');
	});

	it('the command prints the summary on stderr, and --strict exits 1 with nothing on stdout', () => {
		const cli = (...args: string[]) =>
			spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', ...args], {
				encoding: 'utf8'
			});
		const loose = cli('segment', BAD_AMOUNTS, '--map', MAP);
		expect(loose.status).toBe(0);
		expect(loose.stdout.trim().split('\n')).toHaveLength(4);
		expect(loose.stderr.split('\n')[0]).toBe(
			`kequn: ${BAD_AMOUNTS}: 7 rows read, 3 imported, 4 skipped (invalidNumber 2, formulaNotEvaluated 1, chineseUnit 1)`
		);
		const strict = cli('segment', BAD_AMOUNTS, '--map', MAP, '--strict');
		expect(strict.status).toBe(1);
		expect(strict.stdout).toBe('');
		expect(strict.stderr).toContain('kequn: --strict: 4 of 7 rows skipped');
	});
});
