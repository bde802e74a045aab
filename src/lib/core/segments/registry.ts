/**
 * The registered schemes, in the order they are computed and listed. A new rule-based scheme
 * is one entry here and its own core file (see `scheme-entry.ts` and the README).
 */

import { creditRiskEntry } from './credit-risk';
import { lifecycleEntry } from './lifecycle';
import { loyaltyEntry } from './loyalty';
import { rfmScoreEntry } from './rfm-cells';
import { rfmEightEntry } from './rfm-eight';
import { rfmNamedEntry } from './rfm-named';
import type { Goal, SchemeEntry } from './scheme-entry';
import { valueTierEntry } from './value-tiers';

export const SCHEMES = [
	rfmScoreEntry,
	rfmNamedEntry,
	rfmEightEntry,
	valueTierEntry,
	lifecycleEntry,
	loyaltyEntry,
	creditRiskEntry
] as const;

type Registered = (typeof SCHEMES)[number];

/** The id of a registered scheme. */
export type RegisteredSchemeId = Registered['id'];

/** A registered scheme's result. */
export type RegisteredScheme = ReturnType<Registered['compute']>;

/** The settings of the registered schemes, by their settings key. */
export type RegisteredSettings = {
	[E in Registered as NonNullable<E['settings']>['key']]: NonNullable<E['settings']>['defaults'];
};

const BY_ID: ReadonlyMap<string, SchemeEntry> = new Map(
	SCHEMES.map((entry): [string, SchemeEntry] => [entry.id, entry])
);

/** The registered scheme of an id, undefined for attribute, cluster and custom-rule schemes. */
export function schemeEntry(schemeId: string): SchemeEntry | undefined {
	return BY_ID.get(schemeId);
}

/** Registered scheme ids most relevant to a goal, most relevant first. */
export function goalSchemeOrder(goal: Goal): string[] {
	return SCHEMES.filter((entry) => entry.goals[goal] !== undefined)
		.sort((a, b) => (a.goals[goal] ?? 0) - (b.goals[goal] ?? 0))
		.map((entry) => entry.id);
}
