import { describe, expect, it } from 'vitest';
import { compareHlc, hlcKey, receive, tick } from './hlc';

describe('hybrid logical clock', () => {
	it('never goes backwards when the wall clock does', () => {
		const first = tick(undefined, 1_000, 'a');
		const second = tick(first, 900, 'a');
		expect(second).toEqual({ wall: 1_000, counter: 1, device: 'a' });
		expect(compareHlc(second, first)).toBeGreaterThan(0);
		expect(tick(second, 1_001, 'a')).toEqual({ wall: 1_001, counter: 0, device: 'a' });
	});

	it('a device with a fast clock wins only until the others have seen its stamp', () => {
		const hour = 3_600_000;
		// The rep's clock runs an hour fast: its edit is stamped an hour ahead.
		const rep = tick(undefined, 10_000 + hour, 'rep');
		const officeBefore = tick(undefined, 20_000, 'office');
		expect(compareHlc(rep, officeBefore)).toBeGreaterThan(0);
		// Once the office has merged the rep's file, its next edit is later than the rep's.
		const seen = receive(officeBefore, rep, 30_000, 'office');
		const officeAfter = tick(seen, 40_000, 'office');
		expect(compareHlc(officeAfter, rep)).toBeGreaterThan(0);
		expect(officeAfter).toEqual({ wall: 10_000 + hour, counter: 2, device: 'office' });
	});

	it('orders equal times by counter, then device, the same on every device', () => {
		const a = { wall: 5, counter: 0, device: 'a' };
		const b = { wall: 5, counter: 0, device: 'b' };
		expect(compareHlc(a, b)).toBeLessThan(0);
		expect(compareHlc(b, a)).toBeGreaterThan(0);
		expect(compareHlc(a, { ...a })).toBe(0);
		expect(compareHlc({ ...b, counter: 1 }, { ...a, counter: 2 })).toBeLessThan(0);
		expect(hlcKey(a)).toBe('5:0:a');
	});
});
