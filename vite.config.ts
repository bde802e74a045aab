import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { syncUnzip } from './scripts/sync-unzip-plugin.mjs';

export default defineConfig({
	plugins: [syncUnzip(), sveltekit()],
	worker: { format: 'es', plugins: () => [syncUnzip()] },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
