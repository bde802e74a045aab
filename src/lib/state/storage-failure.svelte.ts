/**
 * Writes made from the page (notes, visits, profile edits, checklists, settings) fail the way
 * the worker's imports do when the disk is full or the browser aborts the transaction: this
 * turns the failure into the same kind of clear, translated message. Forms show it beside the
 * text they keep; writes without a form (settings) report it here for the layout's alert.
 */

import type { MessageKey } from '$lib/i18n/translate';

export type StorageFailureKey =
	'storage.quotaExceeded' | 'storage.writeFailed' | 'team.staleVersion';

/** The message for a failed write: no space left (Dexie wraps the DOMException), or any other. */
export function storageFailureKey(error: unknown): StorageFailureKey {
	const names = [error, (error as { inner?: unknown } | undefined)?.inner].map(
		(candidate) => (candidate as { name?: string } | undefined)?.name ?? ''
	);
	if (names.includes('StaleVersionError')) return 'team.staleVersion';
	return names.some((name) => name.includes('QuotaExceeded'))
		? 'storage.quotaExceeded'
		: 'storage.writeFailed';
}

/** Run a write; null when it landed, else the message to show (the error is not rethrown). */
export async function guardWrite(write: () => Promise<unknown>): Promise<StorageFailureKey | null> {
	try {
		await write();
		return null;
	} catch (error) {
		console.warn('write failed', error);
		return storageFailureKey(error);
	}
}

class StorageFailures {
	/** The last failed write that has no form of its own to say so, until dismissed. */
	last = $state<MessageKey | null>(null);

	/** Run a write with no form (a setting); a failure shows in the layout's alert. */
	async write(write: () => Promise<unknown>): Promise<boolean> {
		const failure = await guardWrite(write);
		if (failure) this.last = failure;
		return failure === null;
	}

	dismiss(): void {
		this.last = null;
	}
}

export const storageFailures = new StorageFailures();
