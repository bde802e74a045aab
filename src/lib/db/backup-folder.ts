/**
 * The folder backups write themselves into (File System Access; the Origin Private File System
 * offers the same handle): the handle and its options are kept in the `device` table, which
 * backups and restores leave alone; the backup files are written and rotated here.
 */

import {
	autoBackupDue,
	autoBackupName,
	backupsToDelete,
	type AutoBackupReason,
	type LastAutoBackup
} from '$lib/core/backup-rotation';
import { createBackupFile } from './backup';
import { database } from './database';
import { storeMeta } from './meta';
import { exclusiveWrite } from './write-lock';

/** The parts of a directory handle we use, with the permission calls TypeScript's DOM lacks. */
export interface BackupDirectory extends FileSystemDirectoryHandle {
	queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
	requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

export interface BackupFolder {
	handle: BackupDirectory;
	/** How many automatic backups to keep (the oldest beyond are deleted). */
	keep: number;
	/** Kept on this device to encrypt the files written on their own; none: plain files. */
	passphrase?: string;
}

export interface LastAutoBackupRecord extends LastAutoBackup {
	name: string;
}

const FOLDER_KEY = 'backupFolder';
const LAST_KEY = 'lastAutoBackup';

/** The chosen folder and its options, or undefined. */
export async function backupFolder(): Promise<BackupFolder | undefined> {
	return (await database().device.get(FOLDER_KEY))?.value as BackupFolder | undefined;
}

/** The last backup written on its own, or undefined. */
export async function lastAutoBackup(): Promise<LastAutoBackupRecord | undefined> {
	return (await database().device.get(LAST_KEY))?.value as LastAutoBackupRecord | undefined;
}

/** Keep the chosen folder (replacing an earlier one). */
export async function saveBackupFolder(folder: BackupFolder): Promise<void> {
	await exclusiveWrite(() => database().device.put({ key: FOLDER_KEY, value: folder }));
}

/** Stop writing backups on their own (the files already written stay). */
export async function forgetBackupFolder(): Promise<void> {
	const db = database();
	await exclusiveWrite(() => db.device.bulkDelete([FOLDER_KEY, LAST_KEY]));
}

/** Whether the browser still lets us write there without asking ('granted'), or why not. */
export async function folderPermission(handle: BackupDirectory): Promise<PermissionState> {
	return handle.queryPermission ? handle.queryPermission({ mode: 'readwrite' }) : 'granted';
}

export type AutoBackupOutcome = 'off' | 'permission' | 'not-due' | 'written';

async function writeFile(handle: BackupDirectory, name: string, bytes: Uint8Array) {
	const file = await handle.getFileHandle(name, { create: true });
	const writable = await file.createWritable();
	await writable.write(bytes as Uint8Array<ArrayBuffer>);
	await writable.close();
}

async function deleteOld(handle: BackupDirectory, keep: number) {
	const names: string[] = [];
	for await (const name of handle.keys()) names.push(name);
	for (const name of backupsToDelete(names, keep)) await handle.removeEntry(name);
}

/**
 * Write a backup into the chosen folder when one is due (see core/backup-rotation), then delete
 * our oldest beyond the number kept. Nothing happens without a folder or its permission.
 */
export async function writeAutoBackup(
	reason: AutoBackupReason,
	now = new Date()
): Promise<AutoBackupOutcome> {
	const folder = await backupFolder();
	if (!folder) return 'off';
	if ((await folderPermission(folder.handle)) !== 'granted') return 'permission';
	const { dataVersion } = await storeMeta();
	if (!autoBackupDue(reason, await lastAutoBackup(), dataVersion, now.getTime())) return 'not-due';
	const name = autoBackupName(now);
	await writeFile(folder.handle, name, await createBackupFile(now, folder.passphrase));
	await deleteOld(folder.handle, folder.keep);
	const record: LastAutoBackupRecord = { writtenAt: now.getTime(), dataVersion, name };
	await exclusiveWrite(() => database().device.put({ key: LAST_KEY, value: record }));
	return 'written';
}
