import { describe, expect, it } from 'vitest';
import { splitMembers, splitProblem, type SplitMember } from './split';

/** 200 members in three tiers of 100, 60 and 40 (ids in a shuffled-looking order). */
function members(): SplitMember[] {
	const list: SplitMember[] = [];
	for (let i = 0; i < 200; i++) {
		const stratum = i < 100 ? 'low' : i < 160 ? 'medium' : 'high';
		list.push({ id: `C${String((i * 37) % 200).padStart(3, '0')}`, stratum });
	}
	return list;
}

describe('splitMembers', () => {
	it('is reproducible from the seed, whatever the members’ order', () => {
		const a = splitMembers(members(), 0.2, 1234);
		const b = splitMembers(members().reverse(), 0.2, 1234);
		expect(b).toEqual(a);
		const other = splitMembers(members(), 0.2, 1235);
		expect(other.holdout).not.toEqual(a.holdout);
	});

	it('makes two disjoint groups that together are all the members', () => {
		const { treated, holdout } = splitMembers(members(), 0.2, 7);
		const held = new Set(holdout);
		expect(treated.some((id) => held.has(id))).toBe(false);
		expect(new Set([...treated, ...holdout]).size).toBe(200);
		expect(treated.length + holdout.length).toBe(200);
	});

	it('holds out the share within every tier (stratified)', () => {
		// 20 % of 100, 60 and 40 is exactly 20, 12 and 8.
		const tierOf = new Map(members().map((m) => [m.id, m.stratum]));
		const { holdout } = splitMembers(members(), 0.2, 99);
		const counts: Record<string, number> = {};
		for (const id of holdout) counts[tierOf.get(id)!] = (counts[tierOf.get(id)!] ?? 0) + 1;
		expect(counts).toEqual({ low: 20, medium: 12, high: 8 });
	});

	it('allots rounding by largest remainder so the total is round(share × members)', () => {
		// 10 % of 15, 15 and 5: exact 1.5, 1.5, 0.5 → floors 1, 1, 0 and round(3.5) = 4 in all,
		// so one more goes to the first of the tiers with the largest remainder (0.5 each).
		const list: SplitMember[] = [];
		for (let i = 0; i < 35; i++)
			list.push({ id: `M${i}`, stratum: i < 15 ? 'a' : i < 30 ? 'b' : 'c' });
		expect(splitMembers(list, 0.1, 5).holdout).toHaveLength(4);
	});

	it('varies across seeds: each member is held out about as often as the share', () => {
		const heldCount = new Map<string, number>();
		for (let seed = 0; seed < 400; seed++) {
			for (const id of splitMembers(members(), 0.2, seed).holdout)
				heldCount.set(id, (heldCount.get(id) ?? 0) + 1);
		}
		// Expected 80 of 400 per member; sd = √(400·0.2·0.8) = 8, so 40..120 is ±5 sd.
		for (const { id } of members()) {
			expect(heldCount.get(id) ?? 0).toBeGreaterThan(40);
			expect(heldCount.get(id) ?? 0).toBeLessThan(120);
		}
	});
});

describe('splitProblem', () => {
	it('states the minimum group size of 30', () => {
		expect(splitProblem(300, 0.1)).toBeNull();
		// 10 % of 290 = 29 held out: too few.
		expect(splitProblem(290, 0.1)).toBe('too-few');
		expect(splitProblem(59, 0.5)).toBe('too-few');
		expect(splitProblem(100, 0)).toBe('share');
		expect(splitProblem(100, 1)).toBe('share');
	});
});
