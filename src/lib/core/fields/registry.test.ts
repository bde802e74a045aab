import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en';
import { zh } from '../../i18n/messages/zh';
import { generateDemo } from '../demo';
import { FIELDS as IMPORT_FIELDS, ORDER_FIELDS } from '../import/fields';
import { headerHints } from '../import/header-aliases';
import { CUSTOMER_NUMBER_FIELDS, CUSTOMER_TEXT_FIELDS } from '../model';
import { PREDICTED_FIELDS } from '../predicted-fields';
import { computeMeasures, defaultAnalysisDay } from '../segments/measures';
import { rfmScores } from '../segments/rfm-scores';
import {
	CATEGORICAL_RECORD_FIELDS,
	fieldColumn,
	MEASURE_FIELDS,
	NUMERIC_RECORD_FIELDS,
	SCORE_FIELDS
} from '../segments/fields';
import {
	CLUSTER_MEASURES,
	CUSTOMER_IMPORT_KEYS,
	FIELDS,
	fieldKind,
	fieldLabelKey,
	isClusterFeature,
	NUMERIC_IMPORT_KEYS,
	PROFILE_MEASURES,
	RULE_FIELDS,
	storedFieldOf
} from '.';

const TABLES = { en, zh } as Record<string, Record<string, string>>;

describe('the field registry', () => {
	it('names every field once, with a label in both languages', () => {
		const names = FIELDS.map((entry) => entry.field);
		expect(new Set(names).size).toBe(names.length);
		for (const entry of FIELDS) {
			for (const language of ['en', 'zh'])
				expect(TABLES[language][entry.labelKey]?.trim(), `${language} ${entry.field}`).toBeTruthy();
		}
	});

	it('holds exactly the customer record’s fields, the age, and every field rules can read', () => {
		const record = FIELDS.filter((entry) => entry.source === 'record').map((entry) => entry.field);
		expect(record.sort()).toEqual(
			['id', 'name', ...CUSTOMER_TEXT_FIELDS, ...CUSTOMER_NUMBER_FIELDS].sort()
		);
		const readable = [
			...MEASURE_FIELDS,
			...SCORE_FIELDS,
			...PREDICTED_FIELDS,
			...CATEGORICAL_RECORD_FIELDS,
			...NUMERIC_RECORD_FIELDS,
			'age',
			...PROFILE_MEASURES,
			...CLUSTER_MEASURES
		];
		for (const field of readable) expect(fieldKind(field), field).toBeDefined();
	});

	it('lets a rule test every field rules can read, and every measure the clustering lab offers', () => {
		const ruleFields = new Map(RULE_FIELDS.map((entry) => [entry.field, entry.numeric]));
		for (const field of [...MEASURE_FIELDS, ...SCORE_FIELDS, ...PREDICTED_FIELDS, 'age'])
			expect(ruleFields.get(field), field).toBe(true);
		for (const field of NUMERIC_RECORD_FIELDS) expect(ruleFields.get(field), field).toBe(true);
		for (const field of CATEGORICAL_RECORD_FIELDS) expect(ruleFields.get(field), field).toBe(false);
		// Clusters saved as rules test the lab's measures: each must be a numeric rule field.
		for (const field of CLUSTER_MEASURES) expect(ruleFields.get(field), field).toBe(true);
	});

	it('gives numbers to numeric kinds and text to text and categories, as the engine reads them', () => {
		const demo = generateDemo({ seed: 5, customers: 300 });
		const measures = computeMeasures(demo.orders, demo.customers, defaultAnalysisDay(demo.orders));
		const byId = new Map(demo.customers.map((customer) => [customer.id, customer]));
		const records = measures.customerIds.map((id) => byId.get(id));
		const source = { measures, records, scores: rfmScores(measures) };
		for (const entry of FIELDS.filter((field) => field.source !== 'predicted')) {
			const column = fieldColumn(source, entry.field);
			const text = entry.kind === 'text' || entry.kind === 'category';
			expect(column?.kind, entry.field).toBe(text ? 'string' : 'number');
		}
	});

	it('tells kinds apart for formatting and rounding', () => {
		expect(fieldKind('netValue')).toBe('money');
		expect(fieldKind('clv')).toBe('money');
		expect(fieldKind('creditLimit')).toBe('money');
		expect(fieldKind('probabilityAlive')).toBe('share');
		expect(fieldKind('createdDay')).toBe('day');
		expect(fieldKind('lastDay')).toBe('day');
		expect(fieldKind('orders')).toBe('number');
		expect(fieldKind('region')).toBe('category');
		expect(fieldKind('phone')).toBe('text');
		expect(fieldKind('segment:lifecycle')).toBe('category');
		expect(fieldKind('custom:会员等级')).toBeUndefined();
		expect(fieldLabelKey('netValue')).toBe('measure.netValue');
		expect(fieldLabelKey('region')).toBe('field.region');
	});

	it('offers numbers, amounts and categories to the clustering lab, not who or when', () => {
		for (const field of ['region', 'gender', 'age', 'creditLimit', 'overdueDays', 'custom:等级'])
			expect(isClusterFeature(field), field).toBe(true);
		for (const field of ['id', 'name', 'phone', 'email', 'birthYear', 'createdDay'])
			expect(isClusterFeature(field), field).toBe(false);
		for (const field of CLUSTER_MEASURES) expect(isClusterFeature(field), field).toBe(true);
	});

	it('has an entry for every customer column the importer can fill', () => {
		const customerColumns = IMPORT_FIELDS.filter(
			(key) => !ORDER_FIELDS.has(key) && key !== 'satisfaction'
		);
		expect([...CUSTOMER_IMPORT_KEYS].sort()).toEqual([...customerColumns].sort());
		expect([...NUMERIC_IMPORT_KEYS].sort()).toEqual(
			['age', 'balanceOwed', 'birthYear', 'creditLimit', 'overdueCount', 'overdueDays'].sort()
		);
		expect(storedFieldOf('age')).toBe('birthYear');
		expect(storedFieldOf('createdDate')).toBe('createdDay');
		expect(storedFieldOf('customerName')).toBe('name');
		expect(storedFieldOf('region')).toBe('region');
	});

	it('gives the importer the header names of customer fields', () => {
		const best = (header: string) => headerHints(header).find((hint) => hint.score === 2)?.target;
		expect(best('信用额度')).toBe('creditLimit');
		expect(best('Days overdue')).toBe('overdueDays');
		expect(best('客户编号')).toBe('customerId');
		expect(best('注册日期')).toBe('createdDate');
		expect(best('年龄')).toBe('age');
		// Order columns keep their names where they were.
		expect(best('InvoiceDate')).toBe('date');
	});
});
