import { describe, it, expect } from 'vitest';
import { createRandom, deriveSeed } from './random';

function sequence(seed: number, length: number): number[] {
	const random = createRandom(seed);
	return Array.from({ length }, () => random.next());
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe('createRandom', () => {
	it('gives the same sequence for the same seed', () => {
		expect(sequence(42, 1000)).toEqual(sequence(42, 1000));
		const a = createRandom(7);
		const b = createRandom(7);
		for (let i = 0; i < 100; i++) {
			expect(a.int(1, 6)).toBe(b.int(1, 6));
			expect(a.normal(3, 2)).toBe(b.normal(3, 2));
			expect(a.uuid()).toBe(b.uuid());
		}
	});

	it('gives different sequences for different seeds, including neighbouring ones', () => {
		const base = sequence(1, 50);
		for (const seed of [0, 2, 3, -1, 2 ** 32 + 1, 1e12]) {
			expect(sequence(seed, 50)).not.toEqual(base);
		}
		expect(sequence(0, 1)[0]).not.toBe(sequence(1, 1)[0]);
	});

	it('keeps next() in [0, 1) with a mean near 1/2', () => {
		const values = sequence(3, 20_000);
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		expect(mean(values)).toBeCloseTo(0.5, 1);
	});

	it('keeps int() within its inclusive bounds and reaches both ends', () => {
		const random = createRandom(5);
		const seen = new Set<number>();
		for (let i = 0; i < 5000; i++) seen.add(random.int(-3, 4));
		expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3, 4]);
		expect(random.int(9, 9)).toBe(9);
	});

	it('picks every element of a list and rejects an empty one', () => {
		const random = createRandom(11);
		const items = ['a', 'b', 'c'] as const;
		const seen = new Set<string>();
		for (let i = 0; i < 300; i++) seen.add(random.pick(items));
		expect(seen.size).toBe(3);
		expect(() => random.pick([])).toThrow(RangeError);
	});

	it('draws weighted choices in proportion and never picks a zero weight', () => {
		const random = createRandom(13);
		const counts = { a: 0, b: 0, c: 0 };
		const n = 30_000;
		for (let i = 0; i < n; i++) counts[random.weighted(['a', 'b', 'c'] as const, [1, 3, 0])]++;
		expect(counts.c).toBe(0);
		expect(counts.a / n).toBeCloseTo(0.25, 1);
		expect(counts.b / n).toBeCloseTo(0.75, 1);
		expect(() => random.weighted(['a'], [0])).toThrow(RangeError);
		expect(() => random.weighted(['a', 'b'], [1])).toThrow(RangeError);
	});

	it('draws normal values with the requested mean and spread', () => {
		const random = createRandom(17);
		const values = Array.from({ length: 40_000 }, () => random.normal(10, 2));
		const m = mean(values);
		const sd = Math.sqrt(mean(values.map((value) => (value - m) ** 2)));
		expect(m).toBeCloseTo(10, 1);
		expect(sd).toBeGreaterThan(1.9);
		expect(sd).toBeLessThan(2.1);
	});

	it('draws positive exponential values with the requested mean', () => {
		const random = createRandom(19);
		const values = Array.from({ length: 40_000 }, () => random.exponential(5));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(mean(values)).toBeGreaterThan(4.8);
		expect(mean(values)).toBeLessThan(5.2);
	});

	it('returns true from chance(p) about p of the time', () => {
		const random = createRandom(23);
		let hits = 0;
		for (let i = 0; i < 20_000; i++) if (random.chance(0.3)) hits++;
		expect(hits / 20_000).toBeCloseTo(0.3, 1);
		expect(random.chance(0)).toBe(false);
		expect(random.chance(1)).toBe(true);
	});

	it('makes version-4 UUIDs that are deterministic and distinct', () => {
		const random = createRandom(29);
		const ids = Array.from({ length: 2000 }, () => random.uuid());
		const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
		expect(ids.filter((id) => !shape.test(id))).toEqual([]);
		// All four variant nibbles occur.
		expect(new Set(ids.map((id) => id[19])).size).toBe(4);
		expect(new Set(ids).size).toBe(ids.length);
		expect(createRandom(29).uuid()).toBe(ids[0]);
	});
});

describe('deriveSeed', () => {
	it('is deterministic and separates streams', () => {
		expect(deriveSeed(1, 2)).toBe(deriveSeed(1, 2));
		expect(deriveSeed(1, 2)).not.toBe(deriveSeed(1, 3));
		expect(deriveSeed(1, 2)).not.toBe(deriveSeed(2, 2));
		expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
		expect(Number.isInteger(deriveSeed(5, 6))).toBe(true);
		expect(deriveSeed(5, 6)).toBeGreaterThanOrEqual(0);
	});
});
