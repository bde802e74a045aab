/** Campaigns: one record each, with its treated and hold-out groups. */

import type { Campaign, SimulatedEffect } from '$lib/core/campaigns/model';
import { database } from './database';

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

/** Record what the demo generator simulated for campaigns (by id), all in one transaction. */
export async function recordSimulatedEffects(
	effects: ReadonlyMap<string, SimulatedEffect>
): Promise<void> {
	const db = database();
	await db.transaction('rw', db.campaigns, async () => {
		for (const [id, simulated] of effects) await db.campaigns.update(id, { simulated });
	});
}
