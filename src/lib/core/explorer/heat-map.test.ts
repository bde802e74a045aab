import { describe, expect, it } from 'vitest';
import { cellIndex, gridMax, heatShade, MAX_SHADE, rfGrids } from './heat-map';

/** WCAG relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour. */
function luminance(colour: string): number {
	const parts = colour.startsWith('#')
		? [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16))
		: colour.match(/\d+/g)!.map(Number);
	const [r, g, b] = parts.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
};

describe('rfGrids', () => {
	it('counts customers and sums revenue per R×F cell, overall and per class', () => {
		const r = [5, 5, 1, 0, 3];
		const f = [4, 4, 1, 0, 3];
		const value = [100, -20, 5, 0, 7];
		const classes = [0, 1, 1, 1, 0];
		const { overall, byClass } = rfGrids(r, f, value, classes, 2);
		expect(overall.count[cellIndex(5, 4)]).toBe(2);
		expect(overall.revenue[cellIndex(5, 4)]).toBe(80);
		expect(overall.outside).toBe(1);
		expect(byClass[0].count[cellIndex(5, 4)]).toBe(1);
		expect(byClass[0].count[cellIndex(3, 3)]).toBe(1);
		expect(byClass[1].revenue[cellIndex(5, 4)]).toBe(-20);
		expect(byClass[1].outside).toBe(1);
		const total = (grid: Float64Array) => grid.reduce((sum, x) => sum + x, 0);
		expect(total(byClass[0].count) + total(byClass[1].count) + overall.outside).toBe(5);
	});

	it('counts customers without a class in the overall grid only', () => {
		const { overall, byClass } = rfGrids([2], [3], [9], [-1], 1);
		expect(overall.count[cellIndex(2, 3)]).toBe(1);
		expect(byClass[0].count[cellIndex(2, 3)]).toBe(0);
	});
});

describe('heatShade', () => {
	it('is white for nothing and darkest for the largest cell', () => {
		expect(heatShade(0, 10)).toBe('rgb(255, 255, 255)');
		expect(heatShade(5, 0)).toBe('rgb(255, 255, 255)');
		expect(heatShade(10, 10)).not.toBe(heatShade(5, 10));
		expect(luminance(heatShade(10, 10))).toBeLessThan(luminance(heatShade(5, 10)));
	});

	it('keeps the dark text readable (≥ 4.5:1) on every shade', () => {
		expect(MAX_SHADE).toBeLessThanOrEqual(1);
		for (let value = 0; value <= 10; value++)
			expect(contrast(heatShade(value, 10), '#1d2524')).toBeGreaterThanOrEqual(4.5);
	});

	it('finds the largest value', () => {
		expect(gridMax([1, 7, 3])).toBe(7);
		expect(gridMax([])).toBe(0);
	});
});
