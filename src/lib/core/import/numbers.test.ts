import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimalComma, numberFailure, parseNumberText } from './numbers';

const POINT = { decimalComma: false, parenthesesNegative: true };
const COMMA = { decimalComma: true, parenthesesNegative: true };

describe('parseNumberText', () => {
	const point: [string, number][] = [
		['12', 12],
		['-5', -5],
		['+5', 5],
		['2.55', 2.55],
		['.5', 0.5],
		['1,234', 1234],
		['1,234,567.89', 1234567.89],
		['¥1,200.00', 1200],
		['￥88', 88],
		['$ 19.99', 19.99],
		['€5', 5],
		['£-3.50', -3.5],
		['-¥5', -5],
		['100元', 100],
		['RMB 300', 300],
		['(12.50)', -12.5],
		['1 234.5', 1234.5],
		["1'234", 1234],
		['1.5e3', 1500],
		['  42  ', 42],
		['−7', -7]
	];
	for (const [text, value] of point)
		it(`reads ${JSON.stringify(text)} with a decimal point`, () => {
			expect(parseNumberText(text, POINT)).toBe(value);
		});

	const comma: [string, number][] = [
		['12,50', 12.5],
		['-12,5', -12.5],
		['1.234,56', 1234.56],
		['1.234.567', 1234567],
		['€ 3,99', 3.99],
		['1 234,5', 1234.5],
		['7', 7]
	];
	for (const [text, value] of comma)
		it(`reads ${JSON.stringify(text)} with a decimal comma`, () => {
			expect(parseNumberText(text, COMMA)).toBe(value);
		});

	const invalid = [
		'',
		'abc',
		'1,23',
		'12,5',
		'=SUM(A1)',
		'=1+1',
		'@x',
		'+cmd',
		'1.2万',
		'3亿',
		'12%',
		'1-2',
		'--5',
		'(5'
	];
	for (const text of invalid)
		it(`rejects ${JSON.stringify(text)} with a decimal point`, () => {
			expect(parseNumberText(text, POINT)).toBeNaN();
		});

	it('does not read parentheses as negative when told not to', () => {
		expect(parseNumberText('(5)', { decimalComma: false, parenthesesNegative: false })).toBeNaN();
	});

	it('never throws, and reads back any finite number it printed', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				parseNumberText(text, POINT);
				parseNumberText(text, COMMA);
			})
		);
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
				expect(parseNumberText(String(value), POINT)).toBe(value === 0 ? 0 : value);
			})
		);
	});
});

describe('numberFailure', () => {
	it('says why a value is not a number', () => {
		expect(numberFailure('=SUM(A1)')).toBe('formulaNotEvaluated');
		expect(numberFailure('@cmd')).toBe('formulaNotEvaluated');
		expect(numberFailure('+cmd|x')).toBe('formulaNotEvaluated');
		expect(numberFailure('1.2万')).toBe('chineseUnit');
		expect(numberFailure('3亿元')).toBe('chineseUnit');
		expect(numberFailure('abc')).toBe('invalidNumber');
		expect(numberFailure('+5x')).toBe('invalidNumber');
	});
});

describe('detectDecimalComma', () => {
	it('finds decimal commas and points from typical amounts', () => {
		expect(detectDecimalComma(['12,50', '3,99', '1.234,00'])).toBe(true);
		expect(detectDecimalComma(['12.50', '3.99', '1,234.00'])).toBe(false);
		expect(detectDecimalComma(['1,234', '5,678'])).toBe(false);
		expect(detectDecimalComma(['1.234.567', '12'])).toBe(true);
	});
});

describe('the plain-number fast path', () => {
	it('agrees with the regular expression it replaces on every short text of its alphabet', () => {
		const PLAIN = /^-?\d+(?:\.\d+)?$/;
		const alphabet = ['0', '7', '-', '.', ',', ' ', 'e', '+'];
		const style = { decimalComma: false, parenthesesNegative: true };
		const texts = [''];
		for (let length = 1; length <= 5; length++)
			for (const text of texts.filter((t) => t.length === length - 1))
				for (const char of alphabet) texts.push(text + char);
		for (const text of texts) {
			const value = parseNumberText(text, style);
			if (PLAIN.test(text)) expect(value, text).toBe(Number(text));
		}
		expect(parseNumberText('-12.50', style)).toBe(-12.5);
		expect(parseNumberText('12.', style)).toBe(12);
		expect(parseNumberText('-', style)).toBeNaN();
		expect(parseNumberText('1.2.3', style)).toBeNaN();
	});
});
