/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Precaches the whole app (build output, static files, prerendered pages) under a cache named
 * by the build version, and serves it offline. Any navigation falls back to the app shell, so a
 * deep link like /customers/C00042 opens offline too. Only same-origin GETs are handled.
 */

import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kequn-${version}`;
const SHELL = '/200.html';
const ASSETS = [...new Set([...build, ...files, ...prerendered, SHELL])];

/** The static routing API (Chromium 123+; not yet in TypeScript's lib). */
type RoutingInstallEvent = ExtendableEvent & {
	addRoutes?: (
		rules: { condition: { urlPattern: string }; source: { cacheName: string } }[]
	) => Promise<void>;
};

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
	// The app's hashed files straight from the cache, without waking this worker for each of
	// the page's ~30 modules (a page then boots as fast as without a service worker). A file
	// missing from the cache falls through to the network; other browsers use the handler below.
	const routing = event as RoutingInstallEvent;
	if (routing.addRoutes)
		event.waitUntil(
			routing
				.addRoutes([
					{ condition: { urlPattern: '/_app/immutable/*' }, source: { cacheName: CACHE } }
				])
				.catch(() => undefined)
		);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

// The page asks the waiting version to take over when the user chooses "reload".
worker.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

let opened: Promise<Cache> | undefined;

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await (opened ??= caches.open(CACHE));
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			if (request.mode === 'navigate') {
				const shell = await cache.match(SHELL);
				if (shell) return shell;
			}
			return fetch(request);
		})()
	);
});
