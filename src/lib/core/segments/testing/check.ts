/** Test helper: the invariants every segmentation result must hold. Tests only. */

import { expect } from 'vitest';
import type { SegmentationResult } from '../run-all';

/** Every customer in exactly one class of every scheme, and summaries that add up to the totals. */
export function expectConsistent(result: SegmentationResult): void {
	const n = result.measures.customerIds.length;
	expect(result.totals.customers).toBe(n);
	expect(new Set(result.measures.customerIds).size).toBe(n);
	for (const scheme of result.schemes) {
		expect(scheme.classIndex, scheme.schemeId).toHaveLength(n);
		expect(new Set(scheme.classes.map((c) => c.id)).size, scheme.schemeId).toBe(
			scheme.classes.length
		);
		let outside = 0;
		for (const k of scheme.classIndex) if (k >= scheme.classes.length) outside++;
		expect(outside, scheme.schemeId).toBe(0);
		const summary = result.summaries[scheme.schemeId];
		expect(summary.map((s) => s.classId)).toEqual(scheme.classes.map((c) => c.id));
		expect(
			summary.reduce((sum, s) => sum + s.customers, 0),
			scheme.schemeId
		).toBe(n);
		const revenue = summary.reduce((sum, s) => sum + s.revenue, 0);
		expect(revenue, scheme.schemeId).toBeCloseTo(result.totals.revenue, 4);
		if (n > 0) {
			expect(summary.reduce((sum, s) => sum + s.customerShare, 0)).toBeCloseTo(1, 9);
		}
	}
	expect(result.primary?.classIndex).toHaveLength(n);
}
