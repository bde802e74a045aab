/** A campaign: an action for a group of customers, with a hold-out group kept uncontacted. */

import type { DayNumber } from '../model';

/** Where a campaign's members came from. */
export type CampaignSource =
	| { kind: 'segment'; runId: string; schemeId: string; classId: string; segment: SegmentName }
	| { kind: 'explorer'; schemeId: string; classId: string; segment: SegmentName }
	| { kind: 'filter'; description: string };

/** A segment's name in both languages, as it was when the campaign started. */
export interface SegmentName {
	en: string;
	zh: string;
}

/** Means of one group on the start day (days, orders, currency), and its members per tier. */
export interface GroupBaseline {
	members: number;
	/** Mean days since the last purchase over members with one (NaN when none has). */
	recencyDays: number;
	/** Mean purchases per member. */
	orders: number;
	/** Mean net value per member (currency). */
	netValue: number;
	/** Mean predicted 12-month value per member with a prediction (currency; NaN when none). */
	clv: number;
	/** Members per predicted value tier (the split's strata). */
	tiers: Record<string, number>;
}

/** What the demo generator simulated for a campaign, so a trainer can compare (demo data only). */
export interface SimulatedEffect {
	/** The added chance (0–1) that a treated member who would not have ordered orders. */
	uplift: number;
	/** Treated members the simulation gave an order they would not otherwise have placed. */
	addedBuyers: number;
	treated: number;
	/** The simulated difference in the share who ordered: addedBuyers / treated (0–1). */
	effect: number;
}

export interface Campaign {
	id: string;
	name: string;
	/** What is done for the treated members (free text). */
	action: string;
	source: CampaignSource;
	/** Epoch ms when it was started. */
	createdAt: number;
	/** The first day of the measurement window (day number). */
	startDay: DayNumber;
	/** Length of the measurement window (days). */
	windowDays: number;
	/** Share (0–1) of the members held out. */
	holdoutShare: number;
	/** Seed of the random split: the same members, share and seed give the same groups. */
	seed: number;
	/** Customer ids of the treated group (to contact) and the hold-out group (do not contact). */
	treated: string[];
	holdout: string[];
	baseline: { treated: GroupBaseline; holdout: GroupBaseline };
	simulated?: SimulatedEffect;
}

/** Default hold-out share (0–1). */
export const DEFAULT_HOLDOUT_SHARE = 0.1;
/** Default measurement window (days). */
export const DEFAULT_WINDOW_DAYS = 60;
/**
 * Each group needs at least this many members: below it the normal approximations behind the
 * intervals are poor and a difference could not be told from chance anyway.
 */
export const MIN_GROUP_SIZE = 30;
