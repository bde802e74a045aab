import { describe, expect, expectTypeOf, it } from 'vitest';
import { en } from '../../i18n/messages/en';
import { zh } from '../../i18n/messages/zh';
import { generateDemo } from '../demo';
import { templateFor } from '../strategy/matching';
import { TEMPLATE_IDS } from '../strategy/templates';
import { schemeTopic } from '../explanations/topics';
import type { LoyaltySettings } from './loyalty';
import { GOALS, type SettingsItem } from './scheme-entry';
import { goalSchemeOrder, SCHEMES, schemeEntry } from './registry';
import { runAllSchemes, schemeStepCount } from './run-all';
import { resolveSettings, type SegmentSettings } from './settings';
import { dialectOf } from '../sql/dialect';

const TABLES = { en, zh } as Record<string, Record<string, string>>;

/** Every message key a panel item shows. */
function panelKeys(item: SettingsItem): string[] {
	switch (item.kind) {
		case 'choice':
			return [item.label, ...item.options.map((option) => option.label)];
		case 'numbers':
			return item.fields.map((field) => field.label);
		case 'shares':
			return [item.legend, ...item.labels];
		case 'note':
			return [item.message];
		default:
			return [];
	}
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the scheme registry', () => {
	const demo = generateDemo({ seed: 11, customers: 800 });
	const result = runAllSchemes(demo);
	const computed = (id: string) => result.schemes.find((scheme) => scheme.schemeId === id)!;

	it('has one entry per id, each computed once, in registry order, first in the run', () => {
		const ids = SCHEMES.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(result.schemes.slice(0, ids.length).map((scheme) => scheme.schemeId)).toEqual(ids);
		for (const entry of SCHEMES) expect(schemeEntry(entry.id)).toBe(entry);
		expect(schemeEntry('attribute:region')).toBeUndefined();
		const settings = resolveSettings({ attributes: [] });
		expect(schemeStepCount(settings)).toBe(SCHEMES.length);
	});

	it('names every scheme, its classes and its explanation in both languages', () => {
		for (const entry of SCHEMES) {
			const keys = [
				entry.nameKey,
				`explain.${entry.topic}.title`,
				`explain.${entry.topic}.body`,
				...entry.panel.flatMap(panelKeys)
			];
			for (const language of ['en', 'zh']) {
				for (const key of keys)
					expect(TABLES[language][key]?.trim(), `${language} ${key}`).toBeTruthy();
			}
			expect(schemeTopic(entry.id)).toBe(entry.topic);
			for (const segmentClass of computed(entry.id).classes) {
				expect(segmentClass.en.trim(), `${entry.id} ${segmentClass.id}`).not.toBe('');
				expect(segmentClass.zh.trim(), `${entry.id} ${segmentClass.id}`).not.toBe('');
			}
		}
	});

	it('has a settings panel that edits settings the scheme has', () => {
		const settings = resolveSettings({}) as unknown as Record<string, Record<string, unknown>>;
		for (const entry of SCHEMES) {
			expect(entry.panel.length, entry.id).toBeGreaterThan(0);
			const own = entry.settings ? settings[entry.settings.key] : {};
			if (entry.settings) expect(own).toEqual(entry.settings.defaults);
			for (const item of entry.panel) {
				if (item.kind === 'choice') {
					expect(item.options.map((option) => option.value)).toContain(own[item.key]);
				} else if (item.kind === 'numbers') {
					for (const field of item.fields) expect(typeof own[field.key], field.key).toBe('number');
				} else if (item.kind === 'shares') {
					expect(own[item.key]).toHaveLength(item.labels.length);
				} else if (item.kind === 'rfm-cuts') {
					expect(computed(entry.id)).toHaveProperty('cuts');
					expect(computed(entry.id)).toHaveProperty('dataCuts');
				} else if (item.kind === 'note') {
					// Every placeholder of the sentence gets a figure, and every figure a placeholder.
					const figures = item.figures?.(computed(entry.id)) ?? {};
					for (const language of ['en', 'zh']) {
						expect(placeholders(TABLES[language][item.message])).toEqual(
							Object.keys(figures).sort()
						);
					}
					for (const figure of Object.values(figures)) expect(figure.value).not.toBeNaN();
				}
			}
		}
	});

	it('gives every scheme a strategy template for some of its classes, and only real ones', () => {
		for (const entry of SCHEMES) {
			const classes = computed(entry.id).classes;
			const templates = classes.map((segmentClass) => templateFor(entry.id, segmentClass));
			for (const template of templates) if (template) expect(TEMPLATE_IDS).toContain(template);
			expect(
				templates.some((template) => template !== null),
				entry.id
			).toBe(true);
		}
	});

	it('gives every scheme command-line columns with distinct headers', () => {
		const headers = SCHEMES.flatMap((entry) => entry.cliColumns.map((column) => column.header));
		for (const entry of SCHEMES) expect(entry.cliColumns.length, entry.id).toBeGreaterThan(0);
		expect(new Set(headers).size).toBe(headers.length);
		for (const header of headers) expect(header).toMatch(/^[a-z0-9_]+$/);
	});

	it('gives every scheme a SQL step with a class id and each command-line column', () => {
		const settings = resolveSettings({}) as unknown as Record<string, object>;
		const ctx = {
			dialect: dialectOf('duckdb'),
			previous: 'stage_0',
			prefix: 's1',
			record: (field: string) => `p.${field}`
		};
		for (const entry of SCHEMES) {
			expect(entry.sql, entry.id).toBeDefined();
			const own = entry.settings ? settings[entry.settings.key] : {};
			const step = entry.sql!(ctx, own as never, settings);
			expect(step.classId, entry.id).not.toBe('');
			const headers = entry.cliColumns.map((column) => column.header);
			const ownColumns = Object.keys(step.columns ?? {});
			// Either the class id is the one column, or the step gives every column itself.
			if (ownColumns.length > 0) expect(ownColumns.sort(), entry.id).toEqual(headers.sort());
			else expect(headers, entry.id).toHaveLength(1);
		}
	});

	it('orders schemes for every goal by distinct ranks', () => {
		for (const goal of GOALS) {
			const ranks = SCHEMES.flatMap((entry) => entry.goals[goal] ?? []);
			expect(ranks.length, goal).toBeGreaterThan(0);
			expect(new Set(ranks).size, goal).toBe(ranks.length);
		}
		expect(goalSchemeOrder('retention')).toEqual([
			'lifecycle',
			'rfm-named',
			'loyalty',
			'rfm-eight'
		]);
		expect(goalSchemeOrder('growth')).toEqual([
			'rfm-named',
			'rfm-eight',
			'value-tier',
			'rfm-score'
		]);
		expect(goalSchemeOrder('cost')).toEqual(['value-tier', 'rfm-eight', 'rfm-score']);
		expect(goalSchemeOrder('credit')).toEqual(['credit-risk', 'value-tier', 'lifecycle']);
	});

	it('types the settings of each scheme under its key', () => {
		expectTypeOf<SegmentSettings['loyalty']>().toEqualTypeOf<LoyaltySettings>();
		expectTypeOf<SegmentSettings>().toHaveProperty('creditRisk');
	});
});
