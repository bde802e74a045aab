import { describe, expect, it } from 'vitest';
import { FIELDS } from './fields';
import { IMPORT_MESSAGES, errorKey, problemKey } from './messages';
import { FILE_ERROR_CODES, PROBLEM_CODES, PROBLEM_LIST_LIMIT } from './problems';
import { csvCell } from '../csv';
import { reportToCsv } from './report-csv';
import { expectOk, importText } from './testing';

describe('messages', () => {
	it('cover every code and field in English and Chinese with the same placeholders', () => {
		const keys = [
			...PROBLEM_CODES.map(problemKey),
			...FILE_ERROR_CODES.map(errorKey),
			...[...FIELDS, 'custom', 'ignore'].map((field) => `import.field.${field}`)
		];
		expect(Object.keys(IMPORT_MESSAGES.en).sort()).toEqual([...keys].sort());
		expect(Object.keys(IMPORT_MESSAGES.zh).sort()).toEqual([...keys].sort());
		const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		for (const key of keys)
			expect(placeholders(IMPORT_MESSAGES.zh[key])).toEqual(placeholders(IMPORT_MESSAGES.en[key]));
	});
});

describe('the problem list', () => {
	it('lists the first 1,000 problems and counts them all', async () => {
		const rows = Array.from({ length: 1500 }, (_, i) => `,2024-01-01,${i}`).join('\n');
		const outcome = await importText(`customer_id,date,amount\nC1,2024-01-01,5\n${rows}\n`);
		const report = expectOk(outcome).report;
		expect(report.problems).toHaveLength(PROBLEM_LIST_LIMIT);
		expect(report.problemsTotal).toBe(1500);
		expect(report.skipped).toEqual({ missingCustomerId: 1500 });
		expect(report.problems[999].row).toBe(1002);
	});
});

describe('reportToCsv', () => {
	it('defuses formula-like cells and quotes where needed', () => {
		expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-5')).toBe("'-5");
		expect(csvCell('@x')).toBe("'@x");
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=a,b')).toBe('"\'=a,b"');
		expect(csvCell('plain')).toBe('plain');
	});

	it('writes a summary and one line per problem, in the chosen language', async () => {
		const report = expectOk(
			await importText('customer_id,date,amount\nC1,2024-01-01,5\nC2,2024-01-02,=1+1\n')
		).report;
		const csv = reportToCsv(report, 'zh');
		expect(csv.startsWith('\uFEFFrowsRead,2\r\n')).toBe(true);
		expect(csv.lastIndexOf('\uFEFF')).toBe(0);
		expect(csv).toContain('row,column,code,message,value\r\n');
		const message = '“=1+1”像是表格公式；这里从不计算公式：此行已跳过。';
		expect(csv).toContain(`3,amount,formulaNotEvaluated,${message},'=1+1\r\n`);
	});
});
