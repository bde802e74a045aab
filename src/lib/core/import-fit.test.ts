import { describe, expect, it } from 'vitest';
import { dayFromIso } from './days';
import { dayRange, daysApart, importFit } from './import-fit';

const day = (iso: string) => dayFromIso(iso);

describe('importFit', () => {
	it('measures the gap between ranges by hand', () => {
		// 2011-12-09 → 2024-01-05 by hand: 23 days to 2012-01-01, 12 years with 3 leap days
		// (2012, 2016, 2020) = 4,383 days to 2024-01-01, then 4 days: 4,410 days.
		const stored = { firstDay: day('2024-01-05'), lastDay: day('2024-12-21') };
		const incoming = { firstDay: day('2010-12-01'), lastDay: day('2011-12-09') };
		expect(daysApart(stored, incoming)).toBe(4410);
		expect(daysApart(incoming, stored)).toBe(4410);
		expect(daysApart(stored, { firstDay: day('2024-06-01'), lastDay: day('2025-01-01') })).toBe(0);
		expect(dayRange([5, 2, 9])).toEqual({ firstDay: 2, lastDay: 9 });
		expect(dayRange([])).toBeNull();
	});

	it('asks when the dates are more than a year apart or no customer is shared', () => {
		const stored = { customerIds: new Set(['a', 'b', 'c']), days: [100, 200] };
		const far = importFit(stored, { customerIds: new Set(['a', 'x']), days: [600, 700] });
		expect(far.gapDays).toBe(400);
		expect(far.sharedCustomers).toBe(1);
		expect(far.reasons).toEqual(['far-apart']);
		const strangers = importFit(stored, { customerIds: new Set(['x', 'y']), days: [210] });
		expect(strangers.reasons).toEqual(['no-shared-customers']);
		expect(strangers.incoming).toEqual({ customers: 2, range: { firstDay: 210, lastDay: 210 } });
		const more = importFit(stored, { customerIds: new Set(['b', 'z']), days: [250, 560] });
		expect(more.reasons).toEqual([]);
	});

	it('asks nothing when nothing is stored', () => {
		const fit = importFit(
			{ customerIds: new Set(), days: [] },
			{ customerIds: new Set(['a']), days: [1] }
		);
		expect(fit.reasons).toEqual([]);
		expect(fit.gapDays).toBeNull();
	});
});
