import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmark harness page: the app's own db and core code, measured in Chromium. */
export default defineConfig({
	root: fileURLToPath(new URL('./browser', import.meta.url)),
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	worker: { format: 'es' },
	build: { outDir: fileURLToPath(new URL('../bench-build', import.meta.url)), emptyOutDir: true }
});
