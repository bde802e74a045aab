/**
 * Campaigns: plan one (members as of now, split, starting figures of both groups), start it,
 * and measure every campaign's lift on the stored orders. Logic is in core/campaigns.
 */

import { groupBaseline, type BaselineColumns } from '$lib/core/campaigns/baseline';
import { treatedListCsv, type TreatedListHeaders } from '$lib/core/campaigns/export';
import type { Campaign, CampaignSource, GroupBaseline } from '$lib/core/campaigns/model';
import { campaignResult, type CampaignResult } from '$lib/core/campaigns/result';
import { splitMembers, splitProblem } from '$lib/core/campaigns/split';
import { spendTiers } from '$lib/core/clv';
import { predictionSettings } from '$lib/core/clv/value-settings';
import type { DayNumber } from '$lib/core/model';
import { campaignById, listCampaigns, saveCampaign } from '$lib/db/campaigns';
import { runById } from '$lib/db/runs';
import { analysisDayOf, measuresOn, predictedOn, savedValueSettings } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';
import { segmented, type SegmentSource } from '../engine/sources';
import { directoryIds } from './explorer-directory';

/** Whom a campaign is for, as the screen that starts it knows them. */
export type CampaignMembers =
	| { kind: 'run-class'; runId: string; schemeId: string; classId: string }
	| { kind: 'source-class'; source: SegmentSource; schemeId: string; classId: string }
	/** The customer list's current search and filters (a query it holds), described in words. */
	| { kind: 'list-query'; queryId: number; description: string };

export interface CampaignPlan {
	members: number;
	/** Why it cannot start, or null. */
	problem: 'share' | 'too-few' | null;
	treated: GroupBaseline;
	holdout: GroupBaseline;
	/** The day after the last order: the default start day. */
	defaultStartDay: DayNumber;
}

export interface CampaignInput {
	name: string;
	action: string;
	members: CampaignMembers;
	holdoutShare: number;
	seed: number;
	startDay: DayNumber;
	windowDays: number;
}

/** A campaign as its card shows it: counts instead of id lists, and its result. */
export interface CampaignView extends Omit<Campaign, 'treated' | 'holdout'> {
	treatedCount: number;
	holdoutCount: number;
	result: CampaignResult;
	/** The day of the last stored order (what the result reaches). */
	lastDataDay: DayNumber;
}

/** Member ids of a request (sorted, no repeats) and where they came from. */
async function membersOf(
	members: CampaignMembers
): Promise<{ ids: string[]; source: CampaignSource }> {
	if (members.kind === 'list-query') {
		const ids = await directoryIds(members.queryId);
		if (!ids) throw new Error('campaign.error.listGone');
		return {
			ids: [...new Set(ids)].sort(),
			source: { kind: 'filter', description: members.description }
		};
	}
	const { schemeId, classId } = members;
	if (members.kind === 'run-class') {
		const run = await runById(members.runId);
		const scheme = run?.schemes.find((s) => s.schemeId === schemeId);
		const index = scheme?.classes.findIndex((c) => c.id === classId) ?? -1;
		if (!run || !scheme || index < 0) throw new Error('campaign.error.noSegment');
		const { en, zh } = scheme.classes[index];
		return {
			ids: run.customerIds.filter((_, row) => scheme.classIndex[row] === index).sort(),
			source: { kind: 'segment', runId: run.id, schemeId, classId, segment: { en, zh } }
		};
	}
	const found = await segmented(await snapshot(), members.source);
	const scheme = found?.schemes.find((s) => s.schemeId === schemeId);
	const index = scheme?.classes.findIndex((c) => c.id === classId) ?? -1;
	if (!found || !scheme || index < 0) throw new Error('campaign.error.noSegment');
	const { en, zh } = scheme.classes[index];
	return {
		ids: found.measures.customerIds.filter((_, row) => scheme.classOfRow[row] === index).sort(),
		source: { kind: 'explorer', schemeId, classId, segment: { en, zh } }
	};
}

/** Measures, predicted value and value tier of every customer as of the default analysis day. */
async function baselineColumns(): Promise<BaselineColumns & { analysisDay: DayNumber }> {
	const snap = await snapshot();
	const analysisDay = await analysisDayOf(snap);
	const settings = predictionSettings(await savedValueSettings());
	const [measures, predicted] = await Promise.all([
		measuresOn(snap, analysisDay),
		predictedOn(snap, analysisDay, settings)
	]);
	// The predicted spend tiers the Customer value screen shows; '' without a prediction.
	const tier = spendTiers(predicted.clv).map((t) => t ?? '');
	return { measures, clv: predicted.clv, tier, analysisDay };
}

async function split(members: CampaignMembers, holdoutShare: number, seed: number) {
	const [{ ids, source }, columns] = await Promise.all([membersOf(members), baselineColumns()]);
	const row = new Map(columns.measures.customerIds.map((id, i) => [id, i]));
	const groups = splitMembers(
		ids.map((id) => ({ id, stratum: columns.tier[row.get(id) ?? -1] ?? '' })),
		holdoutShare,
		seed
	);
	return {
		ids,
		source,
		groups,
		columns,
		baseline: {
			treated: groupBaseline(groups.treated, columns),
			holdout: groupBaseline(groups.holdout, columns)
		}
	};
}

/** The split a campaign would get, with both groups' starting figures. */
export async function planCampaign(
	members: CampaignMembers,
	holdoutShare: number,
	seed: number
): Promise<CampaignPlan> {
	const { ids, baseline, columns } = await split(members, holdoutShare, seed);
	return {
		members: ids.length,
		problem: splitProblem(ids.length, holdoutShare),
		...baseline,
		defaultStartDay: columns.analysisDay
	};
}

/** Start a campaign: split, record both groups and their starting figures; its id. */
export async function startCampaign(input: CampaignInput, now: number): Promise<string> {
	const { ids, source, groups, baseline } = await split(
		input.members,
		input.holdoutShare,
		input.seed
	);
	if (splitProblem(ids.length, input.holdoutShare)) throw new Error('campaign.error.tooFew');
	if (!input.name.trim()) throw new Error('campaign.error.noName');
	if (!(
		Number.isInteger(input.windowDays) &&
		input.windowDays > 0 &&
		Number.isFinite(input.startDay)
	))
		throw new Error('campaign.error.window');
	const campaign: Campaign = {
		id: crypto.randomUUID(),
		name: input.name.trim(),
		action: input.action.trim(),
		source,
		createdAt: now,
		startDay: input.startDay,
		windowDays: input.windowDays,
		holdoutShare: input.holdoutShare,
		seed: input.seed,
		...groups,
		baseline
	};
	await saveCampaign(campaign);
	return campaign.id;
}

/** Every campaign with its result on the stored orders, newest first. */
export async function campaignViews(): Promise<CampaignView[]> {
	const campaigns = await listCampaigns();
	if (campaigns.length === 0) return [];
	const { orders } = await (await snapshot()).store();
	let lastDataDay = -Infinity;
	for (let row = 0; row < orders.day.length; row++)
		if (orders.day[row] > lastDataDay) lastDataDay = orders.day[row];
	return campaigns.map(({ treated, holdout, ...campaign }) => ({
		...campaign,
		treatedCount: treated.length,
		holdoutCount: holdout.length,
		result: campaignResult({ ...campaign, treated, holdout }, orders, lastDataDay),
		lastDataDay
	}));
}

/** The treated list as CSV, or null when the campaign is gone. */
export async function treatedCsv(id: string, headers: TreatedListHeaders): Promise<string | null> {
	const campaign = await campaignById(id);
	if (!campaign) return null;
	const customers = await (await snapshot()).customers();
	const byId = new Map(customers.map((customer) => [customer.id, customer]));
	return treatedListCsv(campaign.treated, byId, campaign, headers);
}

/** The hold-out group's ids and names (not to be contacted), or null when it is gone. */
export async function holdoutMembers(id: string): Promise<{ id: string; name: string }[] | null> {
	const campaign = await campaignById(id);
	if (!campaign) return null;
	const customers = await (await snapshot()).customers();
	const names = new Map(customers.map((customer) => [customer.id, customer.name]));
	return campaign.holdout.map((member) => ({ id: member, name: names.get(member) ?? '' }));
}
