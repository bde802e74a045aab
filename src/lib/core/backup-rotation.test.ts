import { describe, expect, it } from 'vitest';
import {
	autoBackupDue,
	autoBackupName,
	backupsToDelete,
	EDIT_BACKUP_INTERVAL,
	isAutoBackupName
} from './backup-rotation';

describe('automatic backup names', () => {
	it('names a backup by its UTC time so names sort by time', () => {
		expect(autoBackupName(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe(
			'kequn-auto-20260102-030405.kequn'
		);
		expect(isAutoBackupName('kequn-auto-20260102-030405.kequn')).toBe(true);
		expect(isAutoBackupName('kequn-backup-2026-01-02-03-04-05.kequn')).toBe(false);
		expect(isAutoBackupName('notes.txt')).toBe(false);
	});

	it('deletes only our oldest files beyond the number kept', () => {
		const names = [
			'kequn-auto-20260103-000000.kequn',
			'holiday.jpg',
			'kequn-auto-20260101-000000.kequn',
			'kequn-auto-20260102-000000.kequn',
			'kequn-backup-2025-12-01-00-00-00.kequn'
		];
		expect(backupsToDelete(names, 2)).toEqual(['kequn-auto-20260101-000000.kequn']);
		expect(backupsToDelete(names, 3)).toEqual([]);
		// Keeping fewer than one would delete the backup just written.
		expect(backupsToDelete(names, 0)).toHaveLength(2);
	});
});

describe('when a backup is due', () => {
	const day0 = Date.UTC(2026, 0, 1);
	it('writes the first one at once and none when the data did not change', () => {
		expect(autoBackupDue('edit', undefined, 5, day0)).toBe(true);
		expect(autoBackupDue('import', { writtenAt: day0, dataVersion: 5 }, 5, day0 + 1)).toBe(false);
	});

	it('writes after every import, and after edits at most once a day', () => {
		const last = { writtenAt: day0, dataVersion: 5 };
		expect(autoBackupDue('import', last, 6, day0 + 60_000)).toBe(true);
		expect(autoBackupDue('edit', last, 6, day0 + EDIT_BACKUP_INTERVAL - 1)).toBe(false);
		expect(autoBackupDue('edit', last, 6, day0 + EDIT_BACKUP_INTERVAL)).toBe(true);
	});
});
