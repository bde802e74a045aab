/** Backup files of the whole store: make one, check one, restore one (all or nothing). */

import { BackupError, decodeBackup, encodeBackup, type BackupHeader } from '$lib/core/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '$lib/core/backup-crypto';
import { orderCount } from '$lib/core/order-columns';
import { SCHEMA_VERSION } from './schema';
import { writeSetting } from './settings';
import { readSnapshot, replaceStore } from './store';

/** Setting key holding the epoch ms of the last backup made on this device. */
export const LAST_BACKUP_SETTING = 'lastBackupAt';

export interface BackupSummary {
	createdAt: string;
	schemaVersion: number;
	customers: number;
	orders: number;
	interactions: number;
}

/**
 * The backup file of everything stored now, encrypted when a passphrase is given; records the
 * time as the last backup.
 */
export async function createBackupFile(now = new Date(), passphrase?: string): Promise<Uint8Array> {
	const snapshot = await readSnapshot();
	const plain = await encodeBackup(snapshot, SCHEMA_VERSION, now);
	const file = passphrase ? await encryptBackup(plain, passphrase) : plain;
	await writeSetting(LAST_BACKUP_SETTING, now.getTime());
	return file;
}

/** The plain backup of a file that may be encrypted (throws BackupError). */
async function plainBackup(file: Uint8Array, passphrase?: string): Promise<Uint8Array> {
	return isEncryptedBackup(file) ? decryptBackup(file, passphrase) : file;
}

function summary(header: BackupHeader, counts: Omit<BackupSummary, 'createdAt' | 'schemaVersion'>) {
	return { createdAt: header.createdAt, schemaVersion: header.schemaVersion, ...counts };
}

/** Check a backup file completely without writing anything; throws BackupError. */
export async function inspectBackupFile(
	file: Uint8Array,
	passphrase?: string
): Promise<BackupSummary> {
	const { header, snapshot } = await decodeBackup(
		await plainBackup(file, passphrase),
		SCHEMA_VERSION
	);
	return summary(header, {
		customers: snapshot.customers.length,
		orders: orderCount(snapshot.orders),
		interactions: snapshot.interactions.length
	});
}

/**
 * Replace everything with the backup's content. The file is checked whole before the database
 * is touched, then written in one transaction. The restored data keeps the backup's own
 * "last backup" setting; the restore itself counts as a fresh one (the file is on disk).
 */
export async function restoreBackupFile(
	file: Uint8Array,
	passphrase?: string,
	now = new Date()
): Promise<BackupSummary> {
	const plain = await plainBackup(file, passphrase);
	const { header, snapshot } = await decodeBackup(plain, SCHEMA_VERSION);
	const settings = snapshot.settings.filter((setting) => setting.key !== LAST_BACKUP_SETTING);
	settings.push({ key: LAST_BACKUP_SETTING, value: now.getTime() });
	await replaceStore({ ...snapshot, settings });
	return summary(header, {
		customers: snapshot.customers.length,
		orders: orderCount(snapshot.orders),
		interactions: snapshot.interactions.length
	});
}

export { BackupError };
