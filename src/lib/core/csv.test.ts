import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine, csvNumberCell, csvTextCell, roundDecimal } from './csv';
import { dayFromIso } from './days';

/** Reads back one line of this module's CSV (quoted cells, doubled quotes). */
function parseLine(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted && char === '"' && line[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (char === ',' && !quoted) {
			cells.push(cell);
			cell = '';
		} else cell += char;
	}
	cells.push(cell);
	return cells;
}

describe('csvTextCell', () => {
	it('defuses text that a spreadsheet would run as a formula', () => {
		expect(csvTextCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
		expect(csvTextCell('+86 138 0000 0000')).toBe("'+86 138 0000 0000");
		expect(csvTextCell('-12.5')).toBe("'-12.5");
		expect(csvTextCell('@cmd')).toBe("'@cmd");
		expect(csvTextCell('\t=1+1')).toBe("'\t=1+1");
	});

	it('leaves ordinary text alone, Chinese included', () => {
		expect(csvTextCell('王小明')).toBe('王小明');
		expect(csvTextCell('a=b')).toBe('a=b');
		expect(csvTextCell('')).toBe('');
	});

	it('quotes delimiters, quotes and line breaks (after escaping)', () => {
		expect(csvTextCell('上海, 浦东')).toBe('"上海, 浦东"');
		expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
		expect(csvTextCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
	});
});

describe('csvNumberCell', () => {
	it('keeps negative numbers as numbers, without a quote', () => {
		expect(csvNumberCell(-12.5)).toBe('-12.5');
		expect(csvCell(-12.5)).toBe('-12.5');
		expect(Number(csvCell(-12.5))).toBe(-12.5);
	});

	it('round-trips any finite number exactly', () => {
		for (const value of [0, -0.1, 1 / 3, -1e-7, 123456789.123, -(2 ** 40)])
			expect(Number(csvNumberCell(value))).toBe(value);
	});

	it('writes missing numbers as empty cells', () => {
		expect(csvCell(NaN)).toBe('');
		expect(csvCell(Infinity)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
	});
});

describe('csvDocument', () => {
	it('has a BOM, a header and CRLF line ends; cells read back as written', () => {
		const text = csvDocument(
			['id', 'name', 'amount'],
			[
				['C1', '=cmd', -12.5],
				['C2', '李, 四', 3]
			]
		);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const lines = text.slice(1).split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[3]).toBe('');
		expect(parseLine(lines[1])).toEqual(['C1', "'=cmd", '-12.5']);
		expect(parseLine(lines[2])).toEqual(['C2', '李, 四', '3']);
		expect(csvLine(['-x', -1])).toBe("'-x,-1");
	});
});

describe('numbers rounded to their unit', () => {
	it('writes money to the cent as the screens round it (Intl, on the exact value)', () => {
		expect(csvNumberCell(1234.5678, 'money')).toBe('1234.57');
		expect(csvNumberCell(-1234.5678, 'money')).toBe('-1234.57');
		expect(csvNumberCell(0.1 + 0.2, 'money')).toBe('0.3');
		expect(csvNumberCell(-0.004, 'money')).toBe('0');
		expect(csvNumberCell(19.999, 'money')).toBe('20');
		expect(csvNumberCell(1e21, 'money')).toBe('1e+21');
		expect(csvNumberCell(12, 'money')).toBe('12');
		// 1.005 (stored as 1.00499999999999989…) reads as 1.005 and rounds up, on screen too.
		const screen = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
		expect(screen.format(1.005)).toBe('1.01');
		expect(csvNumberCell(1.005, 'money')).toBe('1.01');
		expect(csvNumberCell(2.675, 'money')).toBe('2.68');
		expect(csvNumberCell(-1.005, 'money')).toBe('-1.01');
		// The oracle: the formatter the screens use, on many amounts with halves among them.
		let seed = 12345;
		for (let i = 0; i < 5000; i++) {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			const amount = ((seed % 2_000_000) - 1_000_000) / 1000 + (i % 7 === 0 ? 0.005 : 0);
			expect(Number(csvNumberCell(amount, 'money')), String(amount)).toBe(
				Number(screen.format(amount)) || 0
			);
		}
	});

	it('writes shares 0–1 to 4 decimals', () => {
		expect(csvNumberCell(0.123456, 'share')).toBe('0.1235');
		expect(csvNumberCell(2 / 3, 'share')).toBe('0.6667');
		expect(csvNumberCell(1e-7, 'share')).toBe('0');
		expect(csvNumberCell(1, 'share')).toBe('1');
	});

	it('writes days as ISO dates, measures to 4 decimals, and numbers of no kind exactly', () => {
		expect(csvNumberCell(dayFromIso('2024-02-29'), 'day')).toBe('2024-02-29');
		// 1/3 = 0.33333… → 0.3333; 0.1 + 0.2 = 0.30000000000000004 → 0.3; counts stay whole.
		expect(csvNumberCell(1 / 3, 'number')).toBe('0.3333');
		expect(csvNumberCell(0.1 + 0.2, 'number')).toBe('0.3');
		expect(csvNumberCell(4309.999999999999, 'money')).toBe('4310');
		expect(csvNumberCell(17, 'number')).toBe('17');
		expect(csvNumberCell(1 / 3)).toBe(String(1 / 3));
		expect(csvNumberCell(NaN, 'money')).toBe('');
		expect(roundDecimal(-2.5, 0)).toBe(-3);
		expect(roundDecimal(2.5, 0)).toBe(3);
	});

	it('applies each column its own kind, never to text', () => {
		expect(csvLine(['=x', 1.234567, 0.5, 0.5], ['money', 'money', 'share'])).toBe(
			"'=x,1.23,0.5,0.5"
		);
		const text = csvDocument(['id', 'value'], [['C1', 9.999]], ['text', 'money']);
		expect(text).toBe('\uFEFFid,value\r\nC1,10\r\n');
		expect(text.split('\uFEFF')).toHaveLength(2);
	});
});
