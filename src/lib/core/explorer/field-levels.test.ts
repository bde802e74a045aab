import { describe, expect, it } from 'vitest';
import { fieldLevel, higherLevel, levelHas } from './field-levels';

describe('fieldLevel', () => {
	it('reads record fields from the customers, measures from the orders, the rest in full', () => {
		expect(fieldLevel('name')).toBe('records');
		expect(fieldLevel('creditLimit')).toBe('records');
		expect(fieldLevel('recencyDays')).toBe('measures');
		expect(fieldLevel('custom:会员等级')).toBe('measures');
		expect(fieldLevel('clv')).toBe('full');
		expect(fieldLevel('rScore')).toBe('full');
		expect(fieldLevel('segment:lifecycle')).toBe('full');
	});

	it('orders levels', () => {
		expect(higherLevel('records', 'measures')).toBe('measures');
		expect(higherLevel('full', 'measures')).toBe('full');
		expect(levelHas('measures', 'orders')).toBe(true);
		expect(levelHas('records', 'orders')).toBe(false);
	});
});
