import { describe, expect, it } from 'vitest';
import { automaticRunDue, automaticRunsToDrop, comparisonRun, type RunStamp } from './run-thinning';

const at = (iso: string) => Date.parse(iso);
const run = (id: string, iso: string, automatic = true): RunStamp => ({
	id,
	createdAt: at(iso),
	dataVersion: id,
	analysisDay: 0,
	automatic
});

describe('automaticRunsToDrop', () => {
	const now = at('2026-12-01T12:00:00Z');

	it('keeps every automatic run of the last 90 days', () => {
		const runs = [
			run('a', '2026-11-30T00:00:00Z'),
			run('b', '2026-11-30T01:00:00Z'),
			run('c', '2026-09-02T12:00:01Z') // 89.99… days before now
		];
		expect(automaticRunsToDrop(runs, now)).toEqual([]);
	});

	it('keeps only the newest automatic run of each older month', () => {
		const runs = [
			run('aug-1', '2026-08-01T08:00:00Z'),
			run('aug-20', '2026-08-20T08:00:00Z'),
			run('aug-31', '2026-08-31T23:00:00Z'),
			run('jul-5', '2026-07-05T08:00:00Z'),
			run('recent', '2026-11-01T00:00:00Z')
		];
		expect(automaticRunsToDrop(runs, now).sort()).toEqual(['aug-1', 'aug-20']);
	});

	it('never drops a named run, however old or crowded its month', () => {
		const runs = [
			run('named-1', '2025-03-01T00:00:00Z', false),
			run('named-2', '2025-03-02T00:00:00Z', false),
			run('auto-1', '2025-03-03T00:00:00Z'),
			run('auto-2', '2025-03-04T00:00:00Z')
		];
		expect(automaticRunsToDrop(runs, now)).toEqual(['auto-1']);
	});

	it('the 90-day boundary: exactly 90 days old is thinned, a millisecond younger is kept', () => {
		const boundary = now - 90 * 86_400_000;
		const runs: RunStamp[] = [
			{ id: 'old', createdAt: boundary, dataVersion: '1', analysisDay: 0, automatic: true },
			{ id: 'older', createdAt: boundary - 1, dataVersion: '2', analysisDay: 0, automatic: true },
			{ id: 'young', createdAt: boundary + 1, dataVersion: '3', analysisDay: 0, automatic: true }
		];
		// 'old' and 'older' fall in the same month (2026-09-02): only the newer one stays.
		expect(automaticRunsToDrop(runs, now)).toEqual(['older']);
	});
});

describe('automaticRunDue', () => {
	const runs: RunStamp[] = [
		{ id: 'a', createdAt: 0, dataVersion: '10', analysisDay: 5, automatic: true },
		{ id: 'n', createdAt: 0, dataVersion: '11', analysisDay: 5 }
	];
	it('is not due when an automatic run has this data version and day', () => {
		expect(automaticRunDue(runs, '10', 5)).toBe(false);
	});
	it('is due for another day, another version, or when only a named run has them', () => {
		expect(automaticRunDue(runs, '10', 6)).toBe(true);
		expect(automaticRunDue(runs, '12', 5)).toBe(true);
		expect(automaticRunDue(runs, '11', 5)).toBe(true);
	});
});

describe('comparisonRun', () => {
	const r = (id: string, dataVersion: string) => ({ id, dataVersion });
	it('skips earlier runs on the same data', () => {
		const runs = [r('named', '2'), r('auto', '2'), r('old', '1'), r('older', '1')];
		expect(comparisonRun(runs)?.id).toBe('old');
		expect(comparisonRun(runs, runs[1])?.id).toBe('old');
		expect(comparisonRun(runs, runs[2])?.id).toBe('older');
	});
	it('falls back to the next run when all saw the same data; none with one run', () => {
		expect(comparisonRun([r('a', '1'), r('b', '1')])?.id).toBe('b');
		expect(comparisonRun([r('a', '1')])).toBeUndefined();
		expect(comparisonRun([])).toBeUndefined();
	});
});
