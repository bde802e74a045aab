import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { writeHeadersFile } from './scripts/csp-headers.mjs';

const BUILD_DIR = process.env.KEQUN_BUILD_DIR ?? 'build';
const staticAdapter = adapter({
	pages: BUILD_DIR,
	assets: BUILD_DIR,
	fallback: '200.html',
	strict: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route is served by the fallback page on a static host, offline included.
		// KEQUN_BUILD_DIR / KEQUN_KIT_DIR let parallel checkouts of work build side by side.
		// The build also writes `_headers`: the pages' policy as response headers, which is
		// the only policy the workers get (scripts/csp-headers.mjs).
		adapter: {
			...staticAdapter,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				writeHeadersFile(BUILD_DIR);
			}
		},
		outDir: process.env.KEQUN_KIT_DIR ?? '.svelte-kit',
		// Absolute asset paths: an offline deep link (/customers/123) must not resolve
		// its assets under /customers/123/_app/ (see ../shared/docs/stack.md).
		paths: { relative: false },
		// Registered through workbox-window so the page can offer "new version — reload".
		serviceWorker: { register: false },
		// Nothing but our own origin, no eval, no WebAssembly. Prerendered pages get the policy
		// as a <meta> tag with hashes of SvelteKit's inline start-up script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
