import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { smallCampaign } from '$lib/core/campaigns/testing';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { campaignById, deleteCampaign, listCampaigns, saveCampaign } from './campaigns';
import { closeDatabase, useDatabaseName } from './database';
import { createDatabase } from './schema';
import { freshDatabaseEachTest } from './testing';
import { deleteEverything, readSnapshot, replaceStore } from './store';

const databaseName = freshDatabaseEachTest();

describe('stored campaigns', () => {
	it('saves, lists newest first, reads and deletes', async () => {
		await saveCampaign(smallCampaign('a'));
		await saveCampaign({ ...smallCampaign('b'), createdAt: smallCampaign().createdAt + 1 });
		expect((await listCampaigns()).map((campaign) => campaign.id)).toEqual(['b', 'a']);
		expect(await campaignById('a')).toEqual(smallCampaign('a'));
		await deleteCampaign('a');
		expect((await listCampaigns()).map((campaign) => campaign.id)).toEqual(['b']);
	});

	it('are in the snapshot a backup takes, come back with a restore, and go with "delete all"', async () => {
		await replaceStore({ ...smallSnapshot(), campaigns: [smallCampaign()] });
		expect((await readSnapshot()).campaigns).toEqual([smallCampaign()]);
		await deleteEverything();
		expect(await listCampaigns()).toEqual([]);
	});

	it('a version-3 database upgrades to version 4 keeping its data, with no campaigns', async () => {
		closeDatabase();
		const name = databaseName();
		const old = createDatabase(name, 3);
		await old.open();
		await old.settings.put({ key: 'currency', value: 'CNY' });
		old.close();
		useDatabaseName(name);
		expect(await listCampaigns()).toEqual([]);
		expect((await readSnapshot()).settings).toEqual([{ key: 'currency', value: 'CNY' }]);
	});
});
