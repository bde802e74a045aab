/**
 * The service worker, registered through workbox-window so the page can say "a new version is
 * ready — reload" instead of silently serving an old build.
 */

import { Workbox } from 'workbox-window';
import { whenUpgradedElsewhere } from '$lib/db/database';

class AppUpdateState {
	/** A new version is installed and waiting. */
	updateReady = $state(false);
	/** Another tab opened a newer database schema; this tab must reload. */
	upgradedElsewhere = $state(false);
	online = $state(true);
	#workbox: Workbox | null = null;
	#reloadRequested = false;

	/** Register the service worker and watch connectivity (from the root layout's onMount). */
	start(): void {
		this.online = navigator.onLine;
		window.addEventListener('online', () => (this.online = true));
		window.addEventListener('offline', () => (this.online = false));
		whenUpgradedElsewhere(() => (this.upgradedElsewhere = true));
		if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
		this.#workbox = new Workbox('/service-worker.js', { type: 'module' });
		this.#workbox.addEventListener('waiting', () => (this.updateReady = true));
		this.#workbox.addEventListener('controlling', () => {
			if (this.#reloadRequested) window.location.reload();
		});
		this.#workbox.register().catch((error: unknown) => console.warn('service worker', error));
	}

	/** Activate the waiting version; the page reloads when it takes control. */
	reload(): void {
		this.#reloadRequested = true;
		if (this.#workbox) this.#workbox.messageSkipWaiting();
		else window.location.reload();
	}

	dismiss(): void {
		this.updateReady = false;
	}
}

export const appUpdate = new AppUpdateState();
