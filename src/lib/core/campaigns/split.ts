/**
 * The random split of a campaign's members into treated and hold-out groups, stratified by
 * predicted value tier so both groups start alike: within each tier (in a fixed order) the
 * members are sorted by id, shuffled with the stored seed, and the first of them held out. The
 * hold-outs per tier are allotted by largest remainder, so the total is round(share × members).
 * The same members (in any order), share and seed always give the same groups.
 */

import { createRandom, deriveSeed } from '../random';
import { MIN_GROUP_SIZE } from './model';

export interface SplitMember {
	id: string;
	/** The member's stratum (its predicted value tier, or '' without one). */
	stratum: string;
}

export interface CampaignSplit {
	treated: string[];
	holdout: string[];
}

/** Why a split cannot be made, or null when it can. */
export function splitProblem(members: number, holdoutShare: number): 'share' | 'too-few' | null {
	if (!(holdoutShare > 0 && holdoutShare < 1)) return 'share';
	const holdout = Math.round(holdoutShare * members);
	return holdout < MIN_GROUP_SIZE || members - holdout < MIN_GROUP_SIZE ? 'too-few' : null;
}

/** Hold-outs per stratum, summing to round(share × total), by largest remainder. */
function allot(sizes: readonly number[], share: number): number[] {
	const total = sizes.reduce((sum, size) => sum + size, 0);
	const exact = sizes.map((size) => size * share);
	const counts = exact.map(Math.floor);
	let left = Math.round(share * total) - counts.reduce((sum, count) => sum + count, 0);
	const order = exact
		.map((value, k) => ({ k, remainder: value - counts[k] }))
		.sort((a, b) => b.remainder - a.remainder || a.k - b.k);
	for (const { k } of order) {
		if (left <= 0) break;
		counts[k]++;
		left--;
	}
	return counts;
}

/** Treated and hold-out ids (each sorted by id), stratified as described above. */
export function splitMembers(
	members: readonly SplitMember[],
	holdoutShare: number,
	seed: number
): CampaignSplit {
	const byStratum = new Map<string, string[]>();
	for (const member of members) {
		const list = byStratum.get(member.stratum) ?? [];
		list.push(member.id);
		byStratum.set(member.stratum, list);
	}
	const strata = [...byStratum.keys()].sort();
	const lists = strata.map((stratum) => [...new Set(byStratum.get(stratum))].sort());
	const counts = allot(
		lists.map((list) => list.length),
		holdoutShare
	);
	const treated: string[] = [];
	const holdout: string[] = [];
	lists.forEach((ids, k) => {
		// One stream per stratum, derived from the stored seed.
		const random = createRandom(deriveSeed(seed, k));
		for (let i = ids.length - 1; i > 0; i--) {
			const j = random.int(0, i);
			[ids[i], ids[j]] = [ids[j], ids[i]];
		}
		holdout.push(...ids.slice(0, counts[k]));
		treated.push(...ids.slice(counts[k]));
	});
	return { treated: treated.sort(), holdout: holdout.sort() };
}
