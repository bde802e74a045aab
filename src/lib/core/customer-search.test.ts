import { describe, expect, it } from 'vitest';
import { searchCustomers, searchText } from './customer-search';
import type { Customer } from './model';

const customers: Customer[] = [
	{ id: 'C00001', name: '王芳', phone: '138-0013-8000', email: 'wang.fang@example.cn' },
	{ id: 'C00002', name: 'Alice Smith', phone: '+44 7700 900123', email: 'alice@example.com' },
	{ id: 'C00003', name: '王建国', phone: '13912345678' },
	{ id: '17850', name: '' }
];
const haystacks = customers.map(searchText);
const ids = (query: string) => searchCustomers(haystacks, query).map((i) => customers[i].id);

describe('customer search', () => {
	it('finds by Chinese name, part of a name, and is case-insensitive', () => {
		expect(ids('王芳')).toEqual(['C00001']);
		expect(ids('王')).toEqual(['C00001', 'C00003']);
		expect(ids('alice')).toEqual(['C00002']);
		expect(ids('SMITH')).toEqual(['C00002']);
	});

	it('finds by id, phone (any punctuation) and email', () => {
		expect(ids('17850')).toEqual(['17850']);
		expect(ids('c00003')).toEqual(['C00003']);
		expect(ids('13800138000')).toEqual(['C00001']);
		expect(ids('138 0013')).toEqual(['C00001']);
		expect(ids('7700-900')).toEqual(['C00002']);
		expect(ids('example.com')).toEqual(['C00002']);
	});

	it('needs every word to match; an empty query matches everyone', () => {
		expect(ids('王 建国')).toEqual(['C00003']);
		expect(ids('王 alice')).toEqual([]);
		expect(ids('   ')).toHaveLength(4);
	});
});
