import { describe, expect, it } from 'vitest';
import { fittingFields } from './column-fit';

const LIST = ['id', 'name', 'city', 'owner', 'recencyDays', 'orders', 'netValue', 'clv'];

describe('fittingFields', () => {
	it('keeps every column when there is room', () => {
		expect(fittingFields(LIST, 80)).toEqual(LIST);
	});

	it('gives up the owner, then the city, on a narrower screen', () => {
		expect(fittingFields(LIST, 52)).toEqual([
			'id',
			'name',
			'city',
			'recencyDays',
			'orders',
			'netValue',
			'clv'
		]);
		expect(fittingFields(LIST, 45)).toEqual([
			'id',
			'name',
			'recencyDays',
			'orders',
			'netValue',
			'clv'
		]);
	});

	it('always keeps id, name and the sort column', () => {
		expect(fittingFields(LIST, 5)).toEqual(['id', 'name']);
		expect(fittingFields(LIST, 5, ['orders'])).toEqual(['id', 'name', 'orders']);
	});
});
