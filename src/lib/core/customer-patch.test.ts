import { describe, expect, it } from 'vitest';
import { applyPatch, changedFields, fieldValues } from './customer-patch';
import type { Customer } from './model';

const opened: Customer = { id: 'C1', name: '王芳', city: '杭州', phone: '138' };

describe('customer edits as patches', () => {
	it('only the fields the person changed are in the patch (trimmed)', () => {
		const base = fieldValues(opened);
		const draft = { ...base, phone: ' 139 ', city: '杭州', email: '' };
		expect(changedFields(base, draft)).toEqual({ phone: '139' });
		expect(changedFields(base, { ...base, city: '  ' })).toEqual({ city: '' });
	});

	it('keeps what another write stored meanwhile in the fields not edited', () => {
		// The form opened with `opened`; an import then set a new city and an email.
		const stored: Customer = { ...opened, city: '宁波', email: 'w@example.cn', birthYear: 1990 };
		const result = applyPatch(stored, {
			id: 'C1',
			base: { phone: '138' },
			changes: { phone: '139' }
		});
		expect(result).toEqual({
			customer: {
				id: 'C1',
				name: '王芳',
				city: '宁波',
				email: 'w@example.cn',
				phone: '139',
				birthYear: 1990
			}
		});
	});

	it('a field changed by both is a conflict, and nothing is applied', () => {
		const stored: Customer = { ...opened, phone: '137', city: '宁波' };
		const result = applyPatch(stored, {
			id: 'C1',
			base: { phone: '138', city: '杭州' },
			changes: { phone: '139', city: '上海' }
		});
		expect(result).toEqual({
			conflicts: [
				{ field: 'phone', base: '138', stored: '137', mine: '139' },
				{ field: 'city', base: '杭州', stored: '宁波', mine: '上海' }
			]
		});
	});

	it('the same value written by both is no conflict; an emptied field is removed', () => {
		const stored: Customer = { ...opened, phone: '139' };
		const result = applyPatch(stored, {
			id: 'C1',
			base: { phone: '138', city: '杭州' },
			changes: { phone: '139', city: '' }
		});
		expect(result).toEqual({ customer: { id: 'C1', name: '王芳', phone: '139' } });
	});

	it('a nameless customer gets a phone without a name', () => {
		const nameless: Customer = { id: 'C9', name: '' };
		const changes = changedFields(fieldValues(nameless), {
			...fieldValues(nameless),
			phone: '150'
		});
		expect(applyPatch(nameless, { id: 'C9', base: { phone: '' }, changes })).toEqual({
			customer: { id: 'C9', name: '', phone: '150' }
		});
	});
});
