import { describe, expect, it } from 'vitest';
import type { FieldColumn } from '../segments/fields';
import {
	applyFilter,
	firstMasked,
	selectRows,
	sortMasked,
	sortOrder,
	type FieldFilter
} from './directory-query';

const numbers = (values: number[]): FieldColumn => ({
	kind: 'number',
	values: Float64Array.from(values)
});
const texts = (values: (string | undefined)[]): FieldColumn => ({ kind: 'string', values });

function kept(column: FieldColumn, filter: FieldFilter, rows = column.values.length): number[] {
	const mask = new Uint8Array(rows).fill(1);
	applyFilter(mask, column, filter);
	return [...mask.keys()].filter((i) => mask[i]);
}

describe('applyFilter', () => {
	it('compares numbers as numbers; a missing value never passes a comparison', () => {
		const column = numbers([5, -12.5, NaN, 20]);
		expect(kept(column, { field: 'x', op: '>=', value: 5 })).toEqual([0, 3]);
		expect(kept(column, { field: 'x', op: '<=', value: '0' })).toEqual([1]);
		expect(kept(column, { field: 'x', op: '=', value: -12.5 })).toEqual([1]);
		expect(kept(column, { field: 'x', op: '!=', value: 5 })).toEqual([1, 3]);
		expect(kept(column, { field: 'x', op: '>=', value: '' })).toEqual([]);
	});

	it('matches text without regard to case; contains, present and missing', () => {
		const column = texts(['Shanghai', '上海', undefined, 'shanghai west']);
		expect(kept(column, { field: 'city', op: '=', value: 'SHANGHAI' })).toEqual([0]);
		expect(kept(column, { field: 'city', op: 'contains', value: 'hai' })).toEqual([0, 3]);
		expect(kept(column, { field: 'city', op: 'contains', value: '上' })).toEqual([1]);
		expect(kept(column, { field: 'city', op: 'present', value: '' })).toEqual([0, 1, 3]);
		expect(kept(column, { field: 'city', op: 'missing', value: '' })).toEqual([2]);
	});

	it('treats rows beyond the column as missing (customers known only from orders)', () => {
		expect(kept(texts(['a']), { field: 'city', op: 'missing', value: '' }, 3)).toEqual([1, 2]);
	});

	it('combines filters (AND) on one mask', () => {
		const mask = new Uint8Array(4).fill(1);
		applyFilter(mask, numbers([1, 2, 3, 4]), { field: 'a', op: '>=', value: 2 });
		applyFilter(mask, texts(['x', 'y', 'x', 'x']), { field: 'b', op: '=', value: 'x' });
		expect(Array.from(mask)).toEqual([0, 0, 1, 1]);
	});
});

describe('sortOrder', () => {
	it('sorts numbers either way with missing values last and ties in row order', () => {
		const column = numbers([3, NaN, 1, 3, -2]);
		expect(Array.from(sortOrder(column, 5, false))).toEqual([4, 2, 0, 3, 1]);
		expect(Array.from(sortOrder(column, 5, true))).toEqual([0, 3, 2, 4, 1]);
	});

	it('sorts text alphabetically whatever the case, with missing last', () => {
		const column = texts(['b', undefined, 'a', 'C']);
		expect(Array.from(sortOrder(column, 4, false))).toEqual([2, 0, 3, 1]);
		expect(Array.from(sortOrder(column, 4, true))).toEqual([3, 0, 2, 1]);
	});

	it('sorts Chinese names by pinyin (an, chen, li, zhang) and numbers in ids by value', () => {
		const names = texts(['张伟', '安娜', '李娜', '陈超']);
		expect(Array.from(sortOrder(names, 4, false))).toEqual([1, 3, 2, 0]);
		const ids = texts(['C10', 'C9', 'C100', 'C09x']);
		expect(Array.from(sortOrder(ids, 4, false))).toEqual([1, 3, 0, 2]);
	});
});

describe('selectRows', () => {
	it('keeps the order of the sort and only the rows of the mask', () => {
		const order = Int32Array.from([3, 0, 2, 1]);
		expect(Array.from(selectRows(order, Uint8Array.from([1, 0, 1, 1])))).toEqual([3, 0, 2]);
	});
});

describe('sortMasked and firstMasked', () => {
	const column = numbers([5, NaN, 1, 9, 3, 3, 7]);
	const mask = Uint8Array.from([1, 1, 1, 0, 1, 1, 1]);
	const full = (descending: boolean) =>
		Array.from(selectRows(sortOrder(column, 7, descending), mask));

	it('sort only the rows of the mask, in the full order', () => {
		for (const descending of [false, true])
			expect(Array.from(sortMasked(column, mask, descending))).toEqual(full(descending));
	});

	it('find the first k rows of the full order in one pass', () => {
		for (const descending of [false, true])
			for (let k = 0; k <= 7; k++)
				expect(Array.from(firstMasked(column, mask, k, descending))).toEqual(
					full(descending).slice(0, k)
				);
	});

	it('agree with a full sort on many text rows', () => {
		const values = Array.from({ length: 2000 }, (_, i) => `C${(i * 7919) % 2000}`);
		const texts = { kind: 'string' as const, values };
		const all = new Uint8Array(2000).fill(1);
		expect(Array.from(firstMasked(texts, all, 50, false))).toEqual(
			Array.from(sortOrder(texts, 2000, false).slice(0, 50))
		);
	});
});
