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

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
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

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
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
