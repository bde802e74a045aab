/** Campaigns: one record each, with its treated and hold-out groups. */

import type { Campaign, SimulatedEffect } from '$lib/core/campaigns/model';
import type { StoreSnapshot } from '$lib/core/model';
import { database } from './database';
import { addToStore } from './store';

/** Every campaign, newest first. */
export async function listCampaigns(): Promise<Campaign[]> {
	return (await database().campaigns.orderBy('createdAt').toArray()).reverse();
}

/** One campaign, or undefined. */
export async function campaignById(id: string): Promise<Campaign | undefined> {
	return database().campaigns.get(id);
}

/** Store a new campaign. */
export async function saveCampaign(campaign: Campaign): Promise<void> {
	await database().campaigns.add(campaign);
}

/** Delete a campaign (its groups with it). */
export async function deleteCampaign(id: string): Promise<void> {
	await database().campaigns.delete(id);
}

/**
 * Add a demo period and record what it simulated for campaigns (by id), in one transaction;
 * a campaign whose window spans several periods adds up its added buyers.
 */
export async function addWithSimulatedEffects(
	batch: Pick<StoreSnapshot, 'customers' | 'orders' | 'interactions'>,
	effects: ReadonlyMap<string, SimulatedEffect>
): Promise<void> {
	const db = database();
	const tables = [db.customerBuckets, db.orderBuckets, db.interactions, db.meta, db.campaigns];
	await db.transaction('rw', tables, async () => {
		await addToStore(batch);
		for (const [id, effect] of effects) {
			const campaign = await db.campaigns.get(id);
			if (!campaign) continue;
			const addedBuyers = (campaign.simulated?.addedBuyers ?? 0) + effect.addedBuyers;
			const simulated = { ...effect, addedBuyers, effect: addedBuyers / effect.treated };
			await db.campaigns.update(id, { simulated });
		}
	});
}
