import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addItem, seededStrategy, setDone, setOwner } from '$lib/core/strategy/checklist';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { freshDatabaseEachTest } from './testing';
import { readSnapshot, replaceStore, deleteEverything } from './store';
import {
	allStrategies,
	deleteStrategy,
	saveStrategy,
	strategiesOfScheme,
	strategyById
} from './strategies';

freshDatabaseEachTest();

const champions = { id: 'champions', en: 'Champions', zh: '冠军客户' };
const key = { id: 'key', en: 'Key', zh: '大客户' };

describe('stored checklists', () => {
	it('saves, reads by scheme and by segment, and forgets', async () => {
		let strategy = setOwner(seededStrategy('rfm-named', champions, 'zh'), '王芳', 1);
		strategy = setDone(strategy, strategy.items[0].id, true, 2);
		await saveStrategy(strategy);
		await saveStrategy(setOwner(seededStrategy('value-tier', key, 'zh'), '李雷', 3));
		expect((await strategiesOfScheme('rfm-named')).map((s) => s.id)).toEqual([
			'rfm-named/champions'
		]);
		expect(await strategyById('rfm-named/champions')).toEqual(strategy);
		expect(await strategyById('rfm-named/new')).toBeUndefined();
		await deleteStrategy('rfm-named/champions');
		expect((await allStrategies()).map((s) => s.id)).toEqual(['value-tier/key']);
	});

	it('are part of the snapshot a backup carries, and come back on restore', async () => {
		await replaceStore(smallSnapshot());
		const strategy = addItem(
			setOwner(seededStrategy('rfm-named', champions, 'en'), 'Ana', 1),
			{ id: 'u1', text: 'Call', dueDay: 20_500 },
			2
		);
		await saveStrategy(strategy);
		const snapshot = await readSnapshot();
		expect(snapshot.strategies).toEqual([strategy]);
		await deleteEverything();
		expect(await allStrategies()).toEqual([]);
		await replaceStore(snapshot);
		expect(await strategyById(strategy.id)).toEqual(strategy);
	});
});
