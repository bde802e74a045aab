/**
 * Backups written on their own into a folder the user chose: their file names, when the next one
 * is due, and which old ones to delete so the folder keeps the newest N.
 */

/** Why a backup is being written: an import always writes one; edits at most once a day. */
export type AutoBackupReason = 'import' | 'edit';

/** The least time between two backups written after edits (milliseconds: one day). */
export const EDIT_BACKUP_INTERVAL = 86_400_000;
/** How many automatic backups the folder keeps unless the user chose otherwise. */
export const DEFAULT_BACKUPS_KEPT = 7;

const PREFIX = 'kequn-auto-';
const PATTERN = /^kequn-auto-\d{8}-\d{6}(-\d+)?\.kequn$/;

/** The file name of an automatic backup made at `at` (UTC, sorts by time), e.g. kequn-auto-20260102-030405.kequn. */
export function autoBackupName(at: Date): string {
	const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
	return `${PREFIX}${stamp}.kequn`;
}

/** Whether a file in the folder is one of ours (other files there are never touched). */
export function isAutoBackupName(name: string): boolean {
	return PATTERN.test(name);
}

/** Our backups beyond the newest `keep`, oldest first: the ones to delete. */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
	const ours = names.filter(isAutoBackupName).sort();
	return ours.slice(0, Math.max(0, ours.length - Math.max(1, keep)));
}

/** What the last automatic backup covered. */
export interface LastAutoBackup {
	/** Epoch ms when it was written. */
	writtenAt: number;
	/** The store's data version it holds. */
	dataVersion: number;
}

/**
 * Whether to write a backup now: after an import always (when the data changed since the last
 * one); after edits only when the last one is a day old or more.
 */
export function autoBackupDue(
	reason: AutoBackupReason,
	last: LastAutoBackup | undefined,
	dataVersion: number,
	now: number
): boolean {
	if (!last) return true;
	if (last.dataVersion === dataVersion) return false;
	return reason === 'import' || now - last.writtenAt >= EDIT_BACKUP_INTERVAL;
}
