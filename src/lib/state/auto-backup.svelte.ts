/**
 * Backups that make themselves: the folder chosen in Settings (File System Access), its
 * options, and what was last written there. The worker writes the files (db/backup-folder.ts).
 */

import { DEFAULT_BACKUPS_KEPT } from '$lib/core/backup-rotation';
import {
	backupFolder,
	folderPermission,
	forgetBackupFolder,
	saveBackupFolder,
	type BackupDirectory
} from '$lib/db/backup-folder';
import type { MessageKey } from '$lib/i18n/translate';
import { analysis } from '$lib/worker/client';
import { guardWrite } from './storage-failure.svelte';

export { lastAutoBackup } from '$lib/db/backup-folder';

type DirectoryPicker = (options: { mode: 'readwrite'; id?: string }) => Promise<BackupDirectory>;

function picker(): DirectoryPicker | undefined {
	const candidate = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
	return typeof candidate === 'function' ? candidate : undefined;
}

class AutoBackup {
	/** The browser can write into a folder the user chooses. */
	readonly supported = picker() !== undefined;
	folderName = $state<string | null>(null);
	keep = $state(DEFAULT_BACKUPS_KEPT);
	encrypted = $state(false);
	/** 'granted', or the browser must ask the user again ('prompt') or refused ('denied'). */
	permission = $state<PermissionState | null>(null);
	message = $state<{ tone: 'done' | 'error'; key: MessageKey; file?: string } | null>(null);
	#handle: BackupDirectory | null = null;

	/** Read the chosen folder and whether we may still write there. */
	async load(): Promise<void> {
		const folder = await backupFolder();
		this.#handle = folder?.handle ?? null;
		this.folderName = folder?.handle.name ?? null;
		this.keep = folder?.keep ?? DEFAULT_BACKUPS_KEPT;
		this.encrypted = !!folder?.passphrase;
		this.permission = folder ? await folderPermission(folder.handle) : null;
	}

	/** Ask for a folder (a user gesture), keep it, and write the first backup there at once. */
	async choose(keep: number, passphrase?: string): Promise<void> {
		const pick = picker();
		if (!pick) return;
		let handle: BackupDirectory;
		try {
			handle = await pick({ mode: 'readwrite', id: 'kequn-backups' });
		} catch {
			return; // the user closed the picker
		}
		const failure = await guardWrite(() =>
			saveBackupFolder({ handle, keep: Math.max(1, Math.round(keep)), passphrase })
		);
		if (failure) {
			this.message = { tone: 'error', key: failure };
			return;
		}
		await this.load();
		await this.writeNow();
	}

	/** Ask the browser again for leave to write into the folder (needs a user gesture). */
	async allow(): Promise<void> {
		if (!this.#handle?.requestPermission) return;
		this.permission = await this.#handle.requestPermission({ mode: 'readwrite' });
		if (this.permission === 'granted') await this.writeNow();
	}

	/** Write a backup now if the data changed since the last one. */
	async writeNow(): Promise<void> {
		const result = await analysis().autoBackup('import');
		if (!result.ok || result.value === 'failed') {
			this.message = { tone: 'error', key: 'team.auto.failed' };
			return;
		}
		if (result.value === 'permission') this.permission = 'prompt';
		this.message =
			result.value === 'written'
				? { tone: 'done', key: 'team.auto.written' }
				: result.value === 'not-due'
					? { tone: 'done', key: 'team.auto.notDue' }
					: null;
	}

	/** Stop writing backups on their own (files already written stay in the folder). */
	async stop(): Promise<void> {
		const failure = await guardWrite(() => forgetBackupFolder());
		this.message = failure ? { tone: 'error', key: failure } : null;
		await this.load();
	}
}

export const autoBackup = new AutoBackup();
