import { describe, expect, it } from 'vitest';
import type { ModelClvResult } from './index';
import { valueSummary } from './value-summary';

/** Just the parts of a fit the summary reads. */
function fitOf(ids: string[], clv: number[], alive: number[]): ModelClvResult {
	return {
		customers: ids.length,
		customerIds: ids,
		degeneracy: { usable: true },
		columns: {
			clv: Float64Array.from(clv),
			probabilityAlive: Float64Array.from(alive),
			intention: Uint8Array.from(ids.map((_, i) => 10 * i))
		}
	} as unknown as ModelClvResult;
}

describe('the value summary of a fit', () => {
	it('ranks by CLV (ties by id), leaves out CLVs that could not be computed, and totals', () => {
		const fit = fitOf(['d', 'b', 'a', 'c'], [5, NaN, 9, 9], [0.5, 0.25, 1, 0.75]);
		const summary = valueSummary(fit, (id) => id.toUpperCase(), 2);
		expect(summary.totalClv).toBe(23);
		expect(summary.meanProbabilityAlive).toBe(0.625);
		expect(summary.top).toEqual([
			{ customerId: 'a', name: 'A', clv: 9, probabilityAlive: 1, intention: 20 },
			{ customerId: 'c', name: 'C', clv: 9, probabilityAlive: 0.75, intention: 30 }
		]);
	});

	it('has no mean P(alive) without customers', () => {
		expect(valueSummary(fitOf([], [], []), () => '').meanProbabilityAlive).toBeNaN();
	});
});
