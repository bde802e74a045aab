import { describe, expect, it } from 'vitest';
import { suggestName } from './naming';
import type { NameInput } from './naming';

const d = (name: string, role: NameInput['role'], z: number, level?: string): NameInput => ({
	name,
	role,
	z,
	level
});

describe('suggestName', () => {
	it('combines the two strongest roles', () => {
		expect(
			suggestName([
				d('orders', 'frequency', 1.5),
				d('spend', 'monetary', 1.2),
				d('days', 'recency', -0.6)
			])
		).toMatchObject({ zh: '高频高额', en: 'frequent big spenders', basis: 'roles' });
		expect(
			suggestName([
				d('days', 'recency', -1),
				d('tenure', 'tenure', -1.4),
				d('orders', 'frequency', -0.2)
			])
		).toMatchObject({ zh: '近期新客', en: 'recent first-timers' });
		expect(suggestName([d('days', 'recency', 1.6), d('spend', 'monetary', -0.9)])).toMatchObject({
			zh: '沉睡低值',
			en: 'dormant low spenders'
		});
	});

	it('puts each language’s noun last', () => {
		// Chinese: 老客 is the noun; English: spenders is.
		expect(suggestName([d('tenure', 'tenure', 1.1), d('spend', 'monetary', 1.3)])).toMatchObject({
			zh: '高额老客',
			en: 'long-standing big spenders'
		});
	});

	it('names from a single role, using the strongest measure of a role', () => {
		const name = suggestName([d('aov', 'monetary', 0.6), d('clv', 'monetary', -1.8)]);
		expect(name).toMatchObject({ zh: '低值客户', en: 'low spenders' });
		expect(name.parts).toEqual([{ role: 'monetary', feature: 'clv', direction: 'lower' }]);
	});

	it('ignores differences below the notable level', () => {
		expect(
			suggestName([d('orders', 'frequency', 0.49), d('spend', 'monetary', 0.7)])
		).toMatchObject({
			en: 'big spenders'
		});
		expect(suggestName([d('orders', 'frequency', 0.3)])).toMatchObject({
			zh: '普通客户',
			en: 'typical customers',
			basis: 'average'
		});
	});

	it('falls back to another measure or a category level when no role differs', () => {
		expect(suggestName([d('Age', 'other', 1.2)])).toMatchObject({
			zh: 'Age偏高',
			en: 'high Age',
			basis: 'other-measure'
		});
		expect(suggestName([d('Genre=Female', 'other', 0.8, 'Female')])).toMatchObject({
			zh: '多为Female',
			en: 'mostly Female'
		});
		expect(suggestName([d('Genre=Male', 'other', -0.8, 'Male')])).toMatchObject({
			zh: '少有Male',
			en: 'few Male'
		});
	});
});
