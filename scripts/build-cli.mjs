/**
 * Builds the `kequn` command (package.json `bin`): src/cli/main.ts and everything it imports,
 * bundled by esbuild into one ES module, dist/kequn.mjs. Run by `npm ci` / `npm install`
 * (the `prepare` script) and by `npm test` when the bundle is missing or older than src/.
 * The commands stay behind dynamic imports, which esbuild turns into lazily run module bodies
 * in the same file: `kequn --help` runs no import or analysis code.
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const CLI_BUNDLE = 'dist/kequn.mjs';

/** Newest modification time of any file under `dir`. @param {string} dir */
function newest(dir) {
	let time = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return time;
}

/** Whether the bundle is missing or older than the sources it is built from. */
export function cliBundleStale() {
	if (!existsSync(CLI_BUNDLE)) return true;
	const built = statSync(CLI_BUNDLE).mtimeMs;
	return newest('src/cli') > built || newest('src/lib/core') > built;
}

export async function buildCli() {
	await build({
		entryPoints: ['src/cli/main.ts'],
		outfile: CLI_BUNDLE,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		banner: { js: '#!/usr/bin/env node' },
		legalComments: 'none',
		// The project's tsconfig extends SvelteKit's generated one, absent in a fresh clone.
		tsconfigRaw: {},
		logLevel: 'warning'
	});
	chmodSync(CLI_BUNDLE, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
