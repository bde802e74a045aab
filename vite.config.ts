import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { syncUnzip } from './scripts/sync-unzip-plugin.mjs';

export default defineConfig({
	// This build's time: a tab older than the build that last wrote the data never writes.
	define: { __KEQUN_BUILD__: JSON.stringify(Date.now()) },
	plugins: [syncUnzip(), sveltekit()],
	worker: { format: 'es', plugins: () => [syncUnzip()] },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
