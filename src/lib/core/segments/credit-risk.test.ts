import { describe, expect, it } from 'vitest';
import type { Customer } from '../model';
import { creditRiskPosition, creditRiskScheme, CREDIT_RISK_CLASSES, limitUse } from './credit-risk';

const risk = (fields: Partial<Customer>) =>
	CREDIT_RISK_CLASSES[creditRiskPosition({ id: 'x', name: 'x', ...fields })].id;

describe('credit risk', () => {
	it('is high from long overdue, many overdues or a used-up limit', () => {
		expect(risk({ overdueDays: 91 })).toBe('high');
		expect(risk({ overdueCount: 4 })).toBe('high');
		expect(risk({ creditLimit: 1000, balanceOwed: 1000 })).toBe('high');
		expect(risk({ creditLimit: 0, balanceOwed: 5 })).toBe('high');
	});

	it('is general from any overdue or a limit 80 % used', () => {
		expect(risk({ overdueDays: 90 })).toBe('general');
		expect(risk({ overdueDays: 1 })).toBe('general');
		expect(risk({ overdueCount: 1 })).toBe('general');
		expect(risk({ creditLimit: 1000, balanceOwed: 800 })).toBe('general');
	});

	it('is low with clean credit fields, and no-data without any', () => {
		expect(risk({ overdueDays: 0, overdueCount: 0, creditLimit: 1000, balanceOwed: 100 })).toBe(
			'low'
		);
		expect(risk({ creditLimit: 1000 })).toBe('no-credit-data');
		expect(CREDIT_RISK_CLASSES[creditRiskPosition(undefined)].id).toBe('no-credit-data');
		expect(limitUse({ id: 'x', name: 'x', creditLimit: 0, balanceOwed: 0 })).toBe(0);
	});

	it('is unavailable, naming the fields, when no record has any', () => {
		const scheme = creditRiskScheme([{ id: 'a', name: 'a' }, undefined]);
		expect(scheme.available).toBe(false);
		expect(scheme.missingFields).toEqual([
			'overdueDays',
			'overdueCount',
			'creditLimit',
			'balanceOwed'
		]);
		const available = creditRiskScheme([{ id: 'a', name: 'a', overdueDays: 100 }, undefined]);
		expect(available.available).toBe(true);
		expect(Array.from(available.classIndex, (k) => available.classes[k].id)).toEqual([
			'high',
			'no-credit-data'
		]);
	});
});
