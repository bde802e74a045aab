/** How much this app stores on the device, and whether the browser keeps it persistently. */

class DeviceStorageState {
	usage = $state<number | undefined>(undefined);
	quota = $state<number | undefined>(undefined);
	persisted = $state<boolean | undefined>(undefined);

	/** Refresh usage and persistence from the browser. */
	async refresh(): Promise<void> {
		if (!navigator.storage) return;
		const estimate = await navigator.storage.estimate?.();
		this.usage = estimate?.usage;
		this.quota = estimate?.quota;
		this.persisted = await navigator.storage.persisted?.();
	}

	/** Ask the browser to keep our data (called at the first data load and from settings). */
	async requestPersistence(): Promise<void> {
		if (!navigator.storage?.persist) return;
		this.persisted = await navigator.storage.persist();
		await this.refresh();
	}
}

export const deviceStorage = new DeviceStorageState();

/** Which browser's rule for deleting site data applies here (see the `team.keeps.*` texts). */
export type BrowserKind = 'safari' | 'firefox' | 'chromium' | 'other';

export function browserKind(userAgent = navigator.userAgent): BrowserKind {
	if (/Firefox\//.test(userAgent)) return 'firefox';
	if (/Chrome\/|Chromium\/|Edg\//.test(userAgent)) return 'chromium';
	if (/Safari\//.test(userAgent)) return 'safari';
	return 'other';
}
