import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './rand-index';

describe('adjustedRandIndex', () => {
	it('is 1 for identical partitions', () => {
		const labels = [0, 0, 1, 1, 2, 2, 2, 0];
		expect(adjustedRandIndex(labels, labels)).toBe(1);
	});

	it('is 1 for the same partition under other label names', () => {
		expect(adjustedRandIndex([0, 0, 1, 1, 2, 2, 2, 0], [7, 7, -3, -3, 4, 4, 4, 7])).toBe(1);
	});

	it('matches hand-computed values', () => {
		// [0,0,1,1] vs [0,0,1,2]: Σ C(nᵢⱼ,2) = C(2,2) = 1; Σ C(aᵢ,2) = 1 + 1 = 2; Σ C(bⱼ,2) = 1;
		// C(4,2) = 6; E = 2·1/6 = 1/3; max = (2 + 1)/2 = 3/2; ARI = (1 − 1/3)/(3/2 − 1/3) = 4/7.
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 14);
		// [0,0,0,1,1,1] vs [0,0,1,1,2,2]: n₀₀=2, n₀₁=1, n₁₁=1, n₁₂=2 → Σ = 1 + 1 = 2;
		// Σ C(aᵢ,2) = 3 + 3 = 6; Σ C(bⱼ,2) = 1 + 1 + 1 = 3; E = 18/15 = 1.2; max = 4.5;
		// ARI = (2 − 1.2)/(4.5 − 1.2) = 8/33.
		expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(8 / 33, 14);
	});

	it('is symmetric and can be negative', () => {
		// [0,0,1,1] vs [0,1,0,1]: no pair agrees; Σ = 0; E = 2·2/6 = 2/3; max = 2;
		// ARI = (0 − 2/3)/(2 − 2/3) = −1/2.
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
		expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(-0.5, 14);
	});

	it('is 1 for the trivial cases scikit-learn treats as perfect matches', () => {
		expect(adjustedRandIndex([0, 0, 0], [5, 5, 5])).toBe(1);
		expect(adjustedRandIndex([0, 1, 2], [2, 0, 1])).toBe(1);
		expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
	});

	it('rejects partitions of different lengths', () => {
		expect(() => adjustedRandIndex([0, 1], [0])).toThrow(RangeError);
	});
});
