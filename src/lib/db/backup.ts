/** Backup files of the whole store: make one, check one, restore one (all or nothing). */

import { BackupError, decodeBackup, encodeBackup, type BackupHeader } from '$lib/core/backup';
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

/** The backup file of everything stored now; records the time as the last backup. */
export async function createBackupFile(now = new Date()): Promise<Uint8Array> {
	const snapshot = await readSnapshot();
	const file = await encodeBackup(snapshot, SCHEMA_VERSION, now);
	await writeSetting(LAST_BACKUP_SETTING, now.getTime());
	return file;
}

function summary(header: BackupHeader, counts: Omit<BackupSummary, 'createdAt' | 'schemaVersion'>) {
	return { createdAt: header.createdAt, schemaVersion: header.schemaVersion, ...counts };
}

/** Check a backup file completely without writing anything; throws BackupError. */
export async function inspectBackupFile(file: Uint8Array): Promise<BackupSummary> {
	const { header, snapshot } = await decodeBackup(file, SCHEMA_VERSION);
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
	now = new Date()
): Promise<BackupSummary> {
	const { header, snapshot } = await decodeBackup(file, SCHEMA_VERSION);
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
