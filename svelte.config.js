import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route is served by the fallback page on a static host, offline included.
		// KEQUN_BUILD_DIR / KEQUN_KIT_DIR let parallel checkouts of work build side by side.
		adapter: adapter({
			pages: process.env.KEQUN_BUILD_DIR ?? 'build',
			assets: process.env.KEQUN_BUILD_DIR ?? 'build',
			fallback: '200.html',
			strict: true
		}),
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
