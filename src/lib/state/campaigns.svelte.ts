/**
 * Campaigns on the screens: the list with measured results (computed in the worker, re-asked
 * whenever campaigns or data change), the hold-out lists, the treated-list export, and the
 * draft of a new campaign with its split previewed as the hold-out share changes.
 */

import { isoFromDay, dayFromIso } from '$lib/core/days';
import { DEFAULT_HOLDOUT_SHARE, DEFAULT_WINDOW_DAYS } from '$lib/core/campaigns/model';
import { deleteCampaign, listCampaigns } from '$lib/db/campaigns';
import { storeMeta } from '$lib/db/meta';
import { analysis } from '$lib/worker/client';
import type { CampaignMembers, CampaignPlan, CampaignView } from '$lib/worker/types';
import { downloadCsv } from './download';
import { LiveQuery } from './live-query.svelte';
import { locale } from './locale.svelte';
import { guardWrite } from './storage-failure.svelte';
import { valueOf, WorkerTask } from './worker-task.svelte';

/** Every campaign's view; reads the campaigns and the store's data version to re-run on change. */
async function campaignsNow(): Promise<CampaignView[]> {
	await Promise.all([listCampaigns(), storeMeta()]);
	return valueOf(await analysis().campaigns());
}

/** The campaigns and what can be done with one. */
export class CampaignList {
	views = new LiveQuery(campaignsNow);
	task = new WorkerTask();
	error = $state<string | null>(null);
	/** Hold-out members by campaign id, once shown. */
	holdouts = $state.raw<Record<string, { id: string; name: string }[]>>({});

	/** The campaigns started from one segment. */
	ofSegment(schemeId: string, classId: string): CampaignView[] {
		return (this.views.current ?? []).filter(
			({ source }) =>
				source.kind !== 'filter' && source.schemeId === schemeId && source.classId === classId
		);
	}

	/** Download the treated list (with phone and email where known) as CSV. */
	async exportTreated(view: CampaignView): Promise<void> {
		const t = locale.t;
		const csv = await this.task.run(() =>
			analysis().campaignTreatedCsv(view.id, {
				id: t('campaign.csv.id'),
				name: t('campaign.csv.name'),
				phone: t('campaign.csv.phone'),
				email: t('campaign.csv.email'),
				campaign: t('campaign.csv.campaign'),
				action: t('campaign.csv.action')
			})
		);
		if (csv) downloadCsv(`kequn-campaign-${isoFromDay(view.startDay)}-treated.csv`, csv);
	}

	/** Fetch the hold-out group's names to show them. */
	async showHoldout(id: string): Promise<void> {
		if (this.holdouts[id]) return;
		const members = await this.task.run(() => analysis().campaignHoldout(id), { replace: false });
		if (members) this.holdouts = { ...this.holdouts, [id]: members };
	}

	async remove(id: string): Promise<void> {
		const failure = await guardWrite(() => deleteCampaign(id));
		this.error = failure ? locale.t(failure) : null;
	}
}

/** A seed for a new split (shown and editable, so a split can be made again). */
function freshSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
}

/** The form of a new campaign for some members. */
export class CampaignDraft {
	readonly members: CampaignMembers;
	name = $state('');
	action = $state('');
	/** Hold-out share in percent (1–99). */
	holdoutPercent = $state(DEFAULT_HOLDOUT_SHARE * 100);
	seed = $state(freshSeed());
	startIso = $state('');
	windowDays = $state(DEFAULT_WINDOW_DAYS);
	plan = $state.raw<CampaignPlan | null>(null);
	planTask = new WorkerTask();
	startTask = new WorkerTask();

	constructor(members: CampaignMembers, name: string, action: string) {
		this.members = members;
		this.name = name;
		this.action = action;
	}

	/** Preview the split for the current share and seed (latest call wins). */
	async refresh(): Promise<void> {
		const share = this.holdoutPercent / 100;
		const plan = await this.planTask.run(() =>
			analysis().planCampaign($state.snapshot(this.members), share, this.seed)
		);
		if (!plan) return;
		this.plan = plan;
		if (!this.startIso && Number.isFinite(plan.defaultStartDay))
			this.startIso = isoFromDay(plan.defaultStartDay);
	}

	/** Start the campaign; true when it was stored. */
	async start(): Promise<boolean> {
		const id = await this.startTask.run(
			() =>
				analysis().startCampaign({
					name: this.name,
					action: this.action,
					members: $state.snapshot(this.members),
					holdoutShare: this.holdoutPercent / 100,
					seed: this.seed,
					startDay: dayFromIso(this.startIso),
					windowDays: this.windowDays
				}),
			{ always: true }
		);
		return id !== undefined;
	}
}
