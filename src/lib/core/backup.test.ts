import { describe, expect, it } from 'vitest';
import { BackupError, decodeBackup, encodeBackup, type BackupErrorCode } from './backup';
import { orderAt, orderCount } from './order-columns';
import { smallSnapshot } from './testing/small-store';
import { smallCampaign } from './campaigns/testing';

const NOW = new Date('2026-11-22T10:00:00Z');
const SCHEMA = 2;

async function expectBackupError(promise: Promise<unknown>, code: BackupErrorCode) {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(BackupError);
	expect((error as BackupError).code).toBe(code);
}

function withHeader(file: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
	const newline = file.indexOf(10);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(0, newline)));
	edit(header);
	const head = new TextEncoder().encode(JSON.stringify(header) + '\n');
	const out = new Uint8Array(head.length + file.length - newline - 1);
	out.set(head);
	out.set(file.subarray(newline + 1), head.length);
	return out;
}

describe('backup file', () => {
	it('round-trips every table exactly', async () => {
		const snapshot = smallSnapshot();
		const file = await encodeBackup(snapshot, SCHEMA, NOW);
		const { header, snapshot: back } = await decodeBackup(file, SCHEMA);
		expect(header).toMatchObject({
			format: 'kequn-backup',
			formatVersion: 1,
			schemaVersion: SCHEMA
		});
		expect(header.createdAt).toBe(NOW.toISOString());
		expect(back.customers).toEqual(snapshot.customers);
		expect(back.interactions).toEqual(snapshot.interactions);
		expect(back.settings).toEqual(snapshot.settings);
		expect(back.importTemplates).toEqual(snapshot.importTemplates);
		expect(orderCount(back.orders)).toBe(5);
		for (let row = 0; row < 5; row++)
			expect(orderAt(back.orders, row)).toEqual(orderAt(snapshot.orders, row));
	});

	it('refuses an empty file', async () => {
		await expectBackupError(decodeBackup(new Uint8Array(0), SCHEMA), 'empty');
	});

	it('refuses a file that is not a backup (text, binary, image)', async () => {
		await expectBackupError(
			decodeBackup(new TextEncoder().encode('id,name\n1,a\n'), SCHEMA),
			'not-a-backup'
		);
		await expectBackupError(
			decodeBackup(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), SCHEMA),
			'not-a-backup'
		);
		await expectBackupError(
			decodeBackup(new TextEncoder().encode('{"format":"other"}\n{}'), SCHEMA),
			'not-a-backup'
		);
	});

	it('refuses a truncated file', async () => {
		const file = await encodeBackup(smallSnapshot(), SCHEMA, NOW);
		await expectBackupError(decodeBackup(file.subarray(0, file.length - 10), SCHEMA), 'truncated');
		await expectBackupError(decodeBackup(file.subarray(0, 40), SCHEMA), 'not-a-backup');
	});

	it('refuses a corrupted payload by its checksum', async () => {
		const file = (await encodeBackup(smallSnapshot(), SCHEMA, NOW)).slice();
		file[file.length - 20] ^= 0x01;
		await expectBackupError(decodeBackup(file, SCHEMA), 'checksum');
	});

	it('refuses a wrong checksum in the header', async () => {
		const file = withHeader(await encodeBackup(smallSnapshot(), SCHEMA, NOW), (header) => {
			header.sha256 = '0'.repeat(64);
		});
		await expectBackupError(decodeBackup(file, SCHEMA), 'checksum');
	});

	it('refuses a backup from a newer format or schema version', async () => {
		const file = await encodeBackup(smallSnapshot(), SCHEMA, NOW);
		await expectBackupError(
			decodeBackup(
				withHeader(file, (h) => (h.formatVersion = 2)),
				SCHEMA
			),
			'format-too-new'
		);
		await expectBackupError(
			decodeBackup(
				withHeader(file, (h) => (h.schemaVersion = 99)),
				SCHEMA
			),
			'schema-too-new'
		);
		await expectBackupError(
			decodeBackup(
				withHeader(file, (h) => (h.schemaVersion = 0)),
				SCHEMA
			),
			'malformed'
		);
	});

	it('restores a backup written under schema version 1 into version 2', async () => {
		const snapshot = smallSnapshot();
		const file = await encodeBackup(snapshot, 1, NOW);
		const { header, snapshot: back } = await decodeBackup(file, SCHEMA);
		expect(header.schemaVersion).toBe(1);
		expect(back.customers).toEqual(snapshot.customers);
	});

	it('keeps campaigns, and restores a version-3 backup (before campaigns) with none', async () => {
		const snapshot = { ...smallSnapshot(), campaigns: [smallCampaign()] };
		const back = await decodeBackup(await encodeBackup(snapshot, 4, NOW), 4);
		expect(back.snapshot.campaigns).toEqual(snapshot.campaigns);
		const { campaigns: _none, ...version3 } = smallSnapshot();
		const old = await decodeBackup(await encodeBackup(version3 as never, 3, NOW), 4);
		expect(old.snapshot.campaigns).toEqual([]);
		expect(old.snapshot.customers).toEqual(version3.customers);
	});

	it('refuses a campaign whose groups overlap', async () => {
		const campaign = { ...smallCampaign(), holdout: ['C2'] };
		const file = await encodeBackup({ ...smallSnapshot(), campaigns: [campaign] }, 4, NOW);
		const error = await decodeBackup(file, 4).catch((caught: unknown) => caught);
		expect((error as BackupError).detail).toBe('campaigns[0].holdout (overlap)');
	});

	it('refuses a well-checksummed payload whose tables are inconsistent', async () => {
		const orphan = smallSnapshot();
		orphan.interactions.push({ id: 'i-9', customerId: 'nobody', day: 1, kind: 'call', note: '' });
		const file = await encodeBackup(orphan, SCHEMA, NOW);
		const error = await decodeBackup(file, SCHEMA).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).code).toBe('malformed');
		expect((error as BackupError).detail).toBe('interactions[2].customerId');

		const duplicate = smallSnapshot();
		duplicate.customers.push({ ...duplicate.customers[0] });
		await expectBackupError(
			decodeBackup(await encodeBackup(duplicate, SCHEMA, NOW), SCHEMA),
			'malformed'
		);
	});
});
