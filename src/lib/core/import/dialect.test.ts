import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDialect, detectNewline, detectQuote } from './dialect';
import { detectHeader } from './guess-mapping';

describe('detectDelimiter', () => {
	const cases: [string, string][] = [
		['id,date,amount\nC1,2024-01-05,12.5\nC2,2024-01-06,3\n', ','],
		['id;date;amount\nC1;2024-01-05;12,50\nC2;2024-01-06;3,00\n', ';'],
		['id\tname\tamount\nC1\tAnn Lee\t12.5\nC2\tBo, Jr\t3\n', '\t'],
		['id|date|amount\nC1|2024-01-05|12.5\n', '|'],
		[' 00004 0001 19970101  2   29.33\n 00021 0002 19970101  3   63.34\n', ' '],
		['customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n', ' '],
		['name,city\nAnn Lee,New York\nBo Chen,San Jose\n', ','],
		['"id","note"\n"1","a, b; c"\n"2","d | e"\n', ',']
	];
	for (const [text, delimiter] of cases)
		it(`finds ${JSON.stringify(delimiter)} in ${JSON.stringify(text.slice(0, 24))}…`, () => {
			expect(detectDelimiter(text, '"', detectNewline(text))).toBe(delimiter);
		});

	it('finds nothing in a one-column file (wrong delimiter)', () => {
		expect(detectDialect('id:date:amount\nC1:2024-01-05:12\n', {})).toBeNull();
	});

	it('keeps the delimiter the user chose', () => {
		expect(detectDialect('a,b;c\n1,2;3\n', { delimiter: ';' })?.delimiter).toBe(';');
	});
});

describe('detectNewline and detectQuote', () => {
	it('finds line ends and the quote character', () => {
		expect(detectNewline('a\r\nb')).toBe('\r\n');
		expect(detectNewline('a\nb')).toBe('\n');
		expect(detectNewline('a\rb')).toBe('\r');
		expect(detectQuote("id,name\n1,'Lee, Ann'\n")).toBe("'");
		expect(detectQuote('id,name\n1,"O\'Brien, Pat"\n')).toBe('"');
	});
});

describe('detectHeader', () => {
	it('sees a header above numbers and dates', () => {
		expect(
			detectHeader([
				['InvoiceNo', 'Quantity'],
				['536365', '6']
			])
		).toBe(true);
		expect(
			detectHeader([
				['会员', '消费'],
				['张三', '12.5']
			])
		).toBe(true);
	});
	it('sees no header when the first row holds numbers or dates', () => {
		expect(
			detectHeader([
				['00004', '0001', '19970101', '2', '29.33'],
				['00021', '0002', '19970101', '3', '63.34']
			])
		).toBe(false);
		expect(
			detectHeader([
				['Ann', '2024-01-05', '12'],
				['Bo', '2024-01-06', '3']
			])
		).toBe(false);
	});
	it('sees a header of known names in an all-text file', () => {
		expect(
			detectHeader([
				['姓名', '城市'],
				['王小明', '北京']
			])
		).toBe(true);
		expect(
			detectHeader([
				['Name', 'Town'],
				['Ann', 'Leeds'],
				['Bo', 'York']
			])
		).toBe(true);
	});
	it('sees no header in an all-text file whose first row repeats below', () => {
		expect(
			detectHeader([
				['Ann', 'Leeds'],
				['Ann', 'York']
			])
		).toBe(false);
	});
});
