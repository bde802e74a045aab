import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import type { Customer } from '../model';
import { attributeScheme, attributeSettings } from './attributes';
import type { FieldSource } from './fields';
import { alignRecords } from './measures';
import { measuresOf } from './testing/build';

/** A field source over records only (no orders), analysed on 2026-06-30. */
function sourceOf(customers: Customer[]): FieldSource {
	const measures = measuresOf([], dayFromParts(2026, 6, 30), customers);
	return { measures, records: alignRecords(measures.customerIds, customers) };
}

const ids = (scheme: ReturnType<typeof attributeScheme>) =>
	Array.from(scheme.classIndex, (k) => scheme.classes[k].id);

describe('text attributes', () => {
	it('makes a class per value, most frequent first, with missing values unknown', () => {
		const regions = ['north', 'south', 'north', undefined, '', 'east', 'north', 'south'];
		const source = sourceOf(regions.map((region, k) => ({ id: `C${k}`, name: '', region })));
		const scheme = attributeScheme(source, attributeSettings('region'));
		expect(scheme.schemeId).toBe('attribute:region');
		expect(scheme.classes.map((c) => c.id)).toEqual(['v:north', 'v:south', 'v:east', 'unknown']);
		expect(ids(scheme)).toEqual([
			'v:north',
			'v:south',
			'v:north',
			'unknown',
			'unknown',
			'v:east',
			'v:north',
			'v:south'
		]);
	});

	it('groups rare values (< 1 %) and values beyond the top 12 into other', () => {
		// 200 customers: 15 cities of 13 each (6.5 %) + 3 + 2 singles (0.5 % < 1 %).
		const cities = [
			...Array.from({ length: 15 }, (_, c) =>
				new Array<string>(13).fill(`city${String(c).padStart(2, '0')}`)
			).flat(),
			'rare1',
			'rare2',
			'rare3',
			'rare4',
			'rare5'
		];
		const source = sourceOf(cities.map((city, k) => ({ id: `C${k}`, name: '', city })));
		const scheme = attributeScheme(source, attributeSettings('city'));
		expect(scheme.classes).toHaveLength(13);
		expect(scheme.classes.at(-1)?.id).toBe('other');
		const counts = new Map<string, number>();
		for (const id of ids(scheme)) counts.set(id, (counts.get(id) ?? 0) + 1);
		// 3 cities × 13 beyond the top 12 + 5 rare.
		expect(counts.get('other')).toBe(44);
		expect(counts.get('v:city00')).toBe(13);
	});

	it('reads custom columns and is unavailable when nobody has the field', () => {
		const source = sourceOf([
			{ id: 'a', name: '', custom: { 会员等级: '金卡' } },
			{ id: 'b', name: '', custom: { 会员等级: '银卡' } }
		]);
		expect(ids(attributeScheme(source, attributeSettings('custom:会员等级')))).toEqual([
			'v:金卡',
			'v:银卡'
		]);
		const missing = attributeScheme(source, attributeSettings('industry'));
		expect(missing.available).toBe(false);
		expect(missing.missingFields).toEqual(['industry']);
		expect(ids(missing)).toEqual(['no-data', 'no-data']);
	});
});

describe('number attributes', () => {
	it('bins ages from birth years into fixed bands [lo, hi)', () => {
		// Analysis year 2026: ages 20, 25, 34, 35, 70, unknown.
		const years = [2006, 2001, 1992, 1991, 1956, undefined];
		const source = sourceOf(years.map((birthYear, k) => ({ id: `C${k}`, name: '', birthYear })));
		const scheme = attributeScheme(source, attributeSettings('age'));
		expect(scheme.classes.map((c) => c.en)).toEqual([
			'< 25',
			'25 – 35',
			'35 – 45',
			'45 – 55',
			'55 – 65',
			'≥ 65',
			'Unknown'
		]);
		expect(ids(scheme)).toEqual(['band:1', 'band:2', 'band:2', 'band:3', 'band:6', 'unknown']);
		expect(scheme.bands[1]).toEqual({
			classId: 'band:2',
			min: 25,
			max: 35,
			includeMin: true,
			includeMax: false
		});
	});

	it('bins other numbers by quartiles (lo, hi], equal values together', () => {
		// Limits 1..8: quartile edges 2.75, 4.5, 6.25.
		const source = sourceOf(
			[1, 2, 3, 4, 5, 6, 7, 8].map((creditLimit, k) => ({ id: `C${k}`, name: '', creditLimit }))
		);
		const scheme = attributeScheme(source, attributeSettings('creditLimit'));
		expect(scheme.classes.map((c) => c.en)).toEqual([
			'≤ 2.75',
			'2.75 – 4.5',
			'4.5 – 6.25',
			'> 6.25'
		]);
		expect(ids(scheme)).toEqual([
			'band:1',
			'band:1',
			'band:2',
			'band:2',
			'band:3',
			'band:3',
			'band:4',
			'band:4'
		]);
	});

	it('drops duplicate quantile edges so a heavily tied column has fewer bands', () => {
		const limits = [0, 0, 0, 0, 0, 5000, 5000, 10000];
		const source = sourceOf(
			limits.map((creditLimit, k) => ({ id: `C${k}`, name: '', creditLimit }))
		);
		const scheme = attributeScheme(source, attributeSettings('creditLimit'));
		// Edges 0, 0, 5000 → 0, 5000: bands ≤ 0, 0–5000, > 5000.
		expect(scheme.classes.map((c) => c.en)).toEqual(['≤ 0', '0 – 5000', '> 5000']);
		expect(ids(scheme)).toEqual([
			'band:1',
			'band:1',
			'band:1',
			'band:1',
			'band:1',
			'band:2',
			'band:2',
			'band:3'
		]);
	});

	it('uses typed fixed edges when asked', () => {
		const source = sourceOf(
			[100, 500, 1000].map((creditLimit, k) => ({ id: `C${k}`, name: '', creditLimit }))
		);
		const scheme = attributeScheme(
			source,
			attributeSettings('creditLimit', { binning: 'fixed', edges: [500] })
		);
		expect(ids(scheme)).toEqual(['band:1', 'band:2', 'band:2']);
	});

	it('keeps a column of one repeated value in a single band', () => {
		const source = sourceOf(
			[7, 7, 7].map((overdueDays, k) => ({ id: `C${k}`, name: '', overdueDays }))
		);
		const scheme = attributeScheme(source, attributeSettings('overdueDays'));
		expect(scheme.classes).toEqual([{ id: 'band:1', en: 'All', zh: '全部' }]);
		expect(ids(scheme)).toEqual(['band:1', 'band:1', 'band:1']);
	});
});
