import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo';
import { runAllSchemes } from '../segments/run-all';
import type { ValueTierScheme } from '../segments/value-tiers';
import { checkAnswer, exercisesFor, readAnswer, type Exercise } from './exercises';

describe('exercises on the data loaded now', () => {
	const demo = generateDemo({ seed: 3, customers: 800 });
	const result = runAllSchemes(demo);
	const valueTier = result.schemes.find((s) => s.kind === 'value-tier') as ValueTierScheme;
	const rfmNamed = result.schemes.find((s) => s.schemeId === 'rfm-named')!;
	const exercises = exercisesFor({
		pareto: valueTier.pareto,
		rfmNamed: result.summaries['rfm-named']
	});
	const byId = (id: Exercise['id']) => exercises.find((e) => e.id === id)!;

	it('answers the concentration questions from the Pareto figures the home screen shows', () => {
		// Independently: net value per purchaser, largest first.
		const values = Array.from(result.measures.netValue).filter(
			(v, i) => result.measures.orders[i] > 0 && v > 0
		);
		const purchasers = Array.from(result.measures.orders).filter((n) => n > 0).length;
		values.sort((a, b) => b - a);
		const total = values.reduce((a, b) => a + b, 0);
		const top = values.slice(0, Math.round(purchasers * 0.2)).reduce((a, b) => a + b, 0);
		expect(byId('pareto-top').answer).toBeCloseTo((top / total) * 100, 0);
		expect(byId('pareto-top').given.top).toBe(0.2);
		expect(byId('customers-for-value').answer).toBeGreaterThan(0);
		expect(byId('customers-for-value').answer).toBeLessThan(100);
	});

	it('counts the Champions of the RFM named map exactly', () => {
		const champions = rfmNamed.classes.findIndex((c) => c.id === 'champions');
		const counted = Array.from(rfmNamed.classIndex).filter((c) => c === champions).length;
		expect(counted).toBeGreaterThan(0);
		expect(byId('champions').answer).toBe(counted);
		expect(checkAnswer(byId('champions'), String(counted))).toBe('right');
		expect(checkAnswer(byId('champions'), String(counted + 1))).toBe('wrong');
	});

	it('has nothing to ask of data without purchases', () => {
		expect(exercisesFor({})).toEqual([]);
	});
});

describe('reading a typed answer', () => {
	it('takes full-width digits, separators and a per cent sign', () => {
		expect(readAnswer('４２ %')).toBe(42);
		expect(readAnswer('1,234')).toBe(1234);
		expect(readAnswer(' 62.5％ ')).toBe(62.5);
		expect(Number.isNaN(readAnswer('about 60'))).toBe(true);
		expect(Number.isNaN(readAnswer(''))).toBe(true);
	});

	it('accepts a share within a point either way', () => {
		const exercise: Exercise = {
			id: 'pareto-top',
			answer: 62.6,
			tolerance: 1,
			unit: 'percent',
			given: { top: 0.2 }
		};
		expect(checkAnswer(exercise, '63')).toBe('right');
		expect(checkAnswer(exercise, '61.6')).toBe('right');
		expect(checkAnswer(exercise, '61')).toBe('wrong');
		expect(checkAnswer(exercise, 'sixty')).toBe('unreadable');
	});
});
