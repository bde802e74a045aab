/**
 * The purchase-intention score 0–100 (购买意愿评分): 50 points plus signed contributions
 *   activity      50 · (P(alive) − 0.5)                  −25 … +25
 *   purchases     50 · (E / (E + Ē) − 0.5)               −25 … +25
 *   satisfaction   5 · (mean recent satisfaction − 3)    −10 … +10  (when recorded, scale 1–5)
 *   complaints    −5 · min(recent complaints, 3)         −15 … 0
 * clamped to 0–100 and rounded, where E is the customer's expected purchases over the horizon
 * and Ē the average over all customers (a customer at the average adds nothing). Without
 * interactions the score is 100 · (P(alive) + E / (E + Ē)) / 2. It rises with P(alive) and with
 * the expected purchases; every contribution comes back with a message code for the interface.
 *
 * Fallback: when the fit cannot support per-customer predictions (`degeneracy.ts`:
 * `modelUsable: false`), P(alive) and E say nothing about this customer, so activity and
 * purchases add nothing (factor code `intention.modelUnavailable`) and the score is 50 plus what
 * the recorded satisfaction and complaints still tell.
 */

import type { DayNumber, Interaction } from '../model';
import type { ClvMessageCode, ClvMessageParams } from './messages';
import type { TimeUnit } from './summary';

/** What recent interactions say about a customer. */
export interface RecentInteractions {
	/** Mean satisfaction 1–5 of recent interactions that recorded one. */
	satisfaction?: number;
	/** Recent interactions of kind 'complaint'. */
	complaints: number;
}

export interface IntentionInput {
	probabilityAlive: number;
	/** Expected purchases over the horizon. */
	expectedPurchases: number;
	/** Mean expected purchases over all customers (the reference Ē). */
	averageExpectedPurchases: number;
	/** Calibration repeat purchases (0 explains a P(alive) of 1). */
	frequency: number;
	horizon: number;
	unit: TimeUnit;
	interactions?: RecentInteractions;
	/** False when the fit is degenerate: the model's two factors are left out (default true). */
	modelUsable?: boolean;
}

export type IntentionFactorKind = 'activity' | 'purchases' | 'satisfaction' | 'complaints';

export interface IntentionFactor {
	factor: IntentionFactorKind;
	/** Points added to (positive) or taken from (negative) the neutral 50. */
	contribution: number;
	code: ClvMessageCode;
	params: ClvMessageParams;
}

export interface IntentionScore {
	/** Whole number 0–100. */
	score: number;
	/** Largest effect first. */
	factors: IntentionFactor[];
}

const NEUTRAL = 50;
const SATISFACTION_POINTS = 5;
const COMPLAINT_POINTS = 5;
const MAX_COMPLAINTS = 3;

/** Signed contributions in points: [activity, purchases, satisfaction, complaints]. */
function contributions(input: IntentionInput): [number, number, number, number] {
	const alive = Number.isFinite(input.probabilityAlive) ? input.probabilityAlive : 0.5;
	const expected = input.expectedPurchases;
	const average = input.averageExpectedPurchases;
	const share = expected >= 0 && average > 0 ? expected / (expected + average) : 0.5;
	const satisfaction = input.interactions?.satisfaction;
	const complaints = input.interactions?.complaints ?? 0;
	const modelUsable = input.modelUsable ?? true;
	return [
		modelUsable ? NEUTRAL * (alive - 0.5) : 0,
		modelUsable ? NEUTRAL * (share - 0.5) : 0,
		satisfaction === undefined ? 0 : SATISFACTION_POINTS * (satisfaction - 3),
		-COMPLAINT_POINTS * Math.min(complaints, MAX_COMPLAINTS)
	];
}

/** The score only, for whole customer columns. */
export function intentionScoreValue(input: IntentionInput): number {
	const total = contributions(input).reduce((sum, points) => sum + points, NEUTRAL);
	return Math.round(Math.min(100, Math.max(0, total)));
}

/** Rounds for display: two decimals. */
function rounded(value: number): number {
	return Math.round(value * 100) / 100;
}

/** The score with the factors that raised or lowered it. */
export function intentionScore(input: IntentionInput): IntentionScore {
	const [activity, purchases, satisfaction, complaints] = contributions(input);
	const percent = Math.round(input.probabilityAlive * 100);
	const factors: IntentionFactor[] = !(input.modelUsable ?? true)
		? [
				{ factor: 'activity', contribution: 0, code: 'intention.modelUnavailable', params: {} },
				{ factor: 'purchases', contribution: 0, code: 'intention.modelUnavailable', params: {} }
			]
		: [
				{
					factor: 'activity',
					contribution: activity,
					code:
						input.frequency === 0
							? 'intention.noRepeat'
							: activity >= 0
								? 'intention.active'
								: 'intention.inactive',
					params: { percent }
				},
				{
					factor: 'purchases',
					contribution: purchases,
					code: purchases >= 0 ? 'intention.purchasesAbove' : 'intention.purchasesBelow',
					params: {
						expected: rounded(input.expectedPurchases),
						average: rounded(input.averageExpectedPurchases),
						horizon: input.horizon,
						unit: input.unit
					}
				}
			];
	const recent = input.interactions;
	if (recent?.satisfaction !== undefined) {
		factors.push({
			factor: 'satisfaction',
			contribution: satisfaction,
			code: satisfaction >= 0 ? 'intention.satisfied' : 'intention.dissatisfied',
			params: { satisfaction: rounded(recent.satisfaction) }
		});
	}
	if (recent && recent.complaints > 0) {
		factors.push({
			factor: 'complaints',
			contribution: complaints,
			code: 'intention.complaints',
			params: { count: recent.complaints }
		});
	}
	factors.sort((u, v) => Math.abs(v.contribution) - Math.abs(u.contribution));
	return { score: intentionScoreValue(input), factors };
}

/** Days before the analysis day that count as "recent" for interactions. */
export const RECENT_INTERACTION_DAYS = 90;

/**
 * Satisfaction and complaints per customer id from interactions in the `windowDays` days up to
 * and including `endDay`.
 */
export function summarizeInteractions(
	interactions: readonly Interaction[],
	endDay: DayNumber,
	windowDays = RECENT_INTERACTION_DAYS
): Map<string, RecentInteractions> {
	const totals = new Map<string, { sum: number; rated: number; complaints: number }>();
	for (const interaction of interactions) {
		if (interaction.day > endDay || interaction.day <= endDay - windowDays) continue;
		let total = totals.get(interaction.customerId);
		if (!total) {
			total = { sum: 0, rated: 0, complaints: 0 };
			totals.set(interaction.customerId, total);
		}
		const satisfaction = interaction.satisfaction;
		if (satisfaction !== undefined && satisfaction >= 1 && satisfaction <= 5) {
			total.sum += satisfaction;
			total.rated++;
		}
		if (interaction.kind === 'complaint') total.complaints++;
	}
	const recent = new Map<string, RecentInteractions>();
	for (const [id, total] of totals) {
		recent.set(id, {
			satisfaction: total.rated > 0 ? total.sum / total.rated : undefined,
			complaints: total.complaints
		});
	}
	return recent;
}
