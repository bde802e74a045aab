import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { orderCount } from '$lib/core/order-columns';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { BackupError, createBackupFile, inspectBackupFile, restoreBackupFile } from './backup';
import { customerById, saveCustomer } from './customers';
import { freshDatabaseEachTest } from './testing';
import { addInteraction, interactionsOfCustomer } from './interactions';
import { storeMeta } from './meta';
import { ordersOfCustomer } from './orders';
import { addToStore, deleteEverything, readSnapshot, replaceStore } from './store';

freshDatabaseEachTest();

describe('the store', () => {
	it('replaces everything and reads it back', async () => {
		await replaceStore(smallSnapshot());
		const back = await readSnapshot();
		expect(back.customers.map((c) => c.id).sort()).toEqual(['C1', 'C2', 'C3']);
		expect(orderCount(back.orders)).toBe(5);
		expect(back.interactions).toHaveLength(2);
		expect(await storeMeta()).toMatchObject({ customers: 3, orders: 5, interactions: 2 });
	});

	it('reads one customer and their orders, oldest first', async () => {
		await replaceStore(smallSnapshot());
		expect((await customerById('C1'))?.name).toBe('王芳');
		expect(await customerById('nobody')).toBeUndefined();
		const orders = await ordersOfCustomer('C1');
		expect(orders.map((o) => o.orderId)).toEqual(['SO-1', 'SO-2', 'SO-4']);
		expect(await ordersOfCustomer('nobody')).toEqual([]);
	});

	it('edits one customer and adds a new one', async () => {
		await replaceStore(smallSnapshot());
		expect(await saveCustomer({ id: 'C2', name: 'Alice Smith', phone: '+44 20 7946 0000' })).toBe(
			'updated'
		);
		expect(await saveCustomer({ id: 'C9', name: '新线索' })).toBe('added');
		expect((await customerById('C2'))?.phone).toBe('+44 20 7946 0000');
		expect((await customerById('C9'))?.name).toBe('新线索');
		expect((await storeMeta()).customers).toBe(4);
	});

	it('adds interactions', async () => {
		await replaceStore(smallSnapshot());
		await addInteraction({
			id: 'i-3',
			customerId: 'C1',
			day: 20_500,
			kind: 'visit',
			note: '离线拜访',
			satisfaction: 5
		});
		const list = await interactionsOfCustomer('C1');
		expect(list.map((i) => i.id)).toEqual(['i-3', 'i-1']);
		expect((await storeMeta()).interactions).toBe(3);
	});

	it('adds a batch, merging into existing buckets without duplicating customers', async () => {
		const base = smallSnapshot();
		await replaceStore(base);
		const more = smallSnapshot();
		await addToStore({
			customers: [
				{ id: 'C1', name: '王芳', city: '上海' },
				{ id: 'C4', name: 'New' }
			],
			orders: more.orders,
			interactions: []
		});
		const back = await readSnapshot();
		expect(back.customers).toHaveLength(4);
		expect(back.customers.find((c) => c.id === 'C1')?.city).toBe('上海');
		expect(orderCount(back.orders)).toBe(10);
		expect(await storeMeta()).toMatchObject({ customers: 4, orders: 10 });
	});

	it('deletes everything', async () => {
		await replaceStore(smallSnapshot());
		await deleteEverything();
		const back = await readSnapshot();
		expect(back.customers).toEqual([]);
		expect(orderCount(back.orders)).toBe(0);
		expect(await storeMeta()).toMatchObject({ customers: 0, orders: 0, interactions: 0 });
	});
});

describe('backup and restore against the store', () => {
	it('restores identical data after delete-all', async () => {
		await replaceStore(smallSnapshot());
		const before = await readSnapshot();
		const file = await createBackupFile(new Date('2026-11-22T10:00:00Z'));
		await deleteEverything();
		const summary = await restoreBackupFile(file);
		expect(summary).toMatchObject({ customers: 3, orders: 5, interactions: 2 });
		const after = await readSnapshot();
		expect(after.customers).toEqual(before.customers);
		expect(after.interactions.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			before.interactions.sort((a, b) => a.id.localeCompare(b.id))
		);
		expect(after.orders).toEqual(before.orders);
		expect(after.importTemplates).toEqual(before.importTemplates);
	});

	it('changes nothing when the file is corrupt', async () => {
		await replaceStore(smallSnapshot());
		const file = (await createBackupFile()).slice();
		await saveCustomer({ id: 'C5', name: 'after backup' });
		const before = await readSnapshot();
		file[file.length - 3] ^= 0x20;
		await expect(inspectBackupFile(file)).rejects.toBeInstanceOf(BackupError);
		await expect(restoreBackupFile(file)).rejects.toBeInstanceOf(BackupError);
		await expect(restoreBackupFile(file.subarray(0, file.length / 2))).rejects.toBeInstanceOf(
			BackupError
		);
		expect(await readSnapshot()).toEqual(before);
	});
});
