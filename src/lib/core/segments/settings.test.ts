import { describe, expect, it } from 'vitest';
import { DEFAULT_RFM_SETTINGS } from './rfm-scores';
import { defaultAttributes, resolveSettings } from './settings';

describe('resolveSettings', () => {
	it('fills every part from the defaults, ignoring undefined values', () => {
		const settings = resolveSettings({ lifecycle: { churnDays: 200, lapseDays: undefined } });
		expect(settings.lifecycle.churnDays).toBe(200);
		expect(settings.lifecycle.lapseDays).toBe(90);
		expect(settings.rfm).toEqual({ monetary: 'total', cuts: {} });
		expect(settings.valueTier.cuts).toEqual([0.5, 0.8, 0.95]);
		expect(settings.primarySchemeId).toBe('rfm-named');
		expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
	});

	it('returns a copy that can be edited without touching the defaults', () => {
		const settings = resolveSettings();
		settings.rfm.cuts.recency = [1, 2, 3, 4];
		expect(DEFAULT_RFM_SETTINGS.cuts).toEqual({});
	});

	it('keeps the first attribute per field and the first rule set per id', () => {
		const others = { en: 'Others', zh: '其他' };
		const settings = resolveSettings({
			attributes: [
				{ field: 'region' },
				{ field: 'region', maxValues: 3 },
				{ field: 'age', bins: 5 }
			],
			customRules: [
				{ id: 'a', rules: [], others },
				{ id: 'a', rules: [], others }
			]
		});
		expect(settings.attributes.map((a) => [a.field, a.maxValues, a.bins])).toEqual([
			['region', 12, 4],
			['age', 12, 5]
		]);
		expect(settings.customRules).toHaveLength(1);
	});

	it('offers the standard columns the records have, age over age band with birth years', () => {
		const fields = (records: Parameters<typeof defaultAttributes>[0]) =>
			defaultAttributes(records).map((a) => a.field);
		expect(fields([{ id: 'a', name: '', region: 'x', ageBand: '20-30' }, undefined])).toEqual([
			'region',
			'ageBand'
		]);
		expect(fields([{ id: 'a', name: '', ageBand: '20-30', birthYear: 1990, channel: '' }])).toEqual(
			['age']
		);
		expect(fields([])).toEqual([]);
	});
});
