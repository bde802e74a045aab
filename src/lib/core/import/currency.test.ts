import { describe, expect, it } from 'vitest';
import { guessCurrency } from './currency';

describe('guessCurrency', () => {
	it('reads symbols in the cells', () => {
		expect(
			guessCurrency(
				['客户', '金额'],
				[
					['a', '¥12.50'],
					['b', '￥8']
				]
			)
		).toBe('CNY');
		expect(guessCurrency(['id', 'amount'], [['a', '$12.50']])).toBe('USD');
		expect(
			guessCurrency(
				['id', 'amount'],
				[
					['a', '£3'],
					['b', '£4'],
					['c', '$1']
				]
			)
		).toBe('GBP');
		expect(guessCurrency(['id', 'amount'], [['a', '12,50 €']])).toBe('EUR');
		expect(guessCurrency(['id', 'amount'], [['a', 'HK$100']])).toBe('HKD');
	});

	it('reads words in the headers', () => {
		expect(guessCurrency(['订单号', '金额(元)'], [['1', '12.5']])).toBe('CNY');
		expect(guessCurrency(['id', 'Amount (USD)'], [['1', '12.5']])).toBe('USD');
	});

	it('falls back on a country column naming one country in most rows', () => {
		const headers = ['InvoiceNo', 'UnitPrice', 'CustomerID', 'Country'];
		const uk = ['1', '2.55', '17850', 'United Kingdom'];
		const fr = ['2', '3.75', '12583', 'France'];
		expect(guessCurrency(headers, [uk, uk, fr])).toBe('GBP');
		// One in two is not a majority: no guess.
		expect(guessCurrency(headers, [uk, fr])).toBeUndefined();
	});

	it('says nothing when the file shows nothing', () => {
		expect(guessCurrency(['id', 'amount'], [['a', '12.5']])).toBeUndefined();
	});
});
