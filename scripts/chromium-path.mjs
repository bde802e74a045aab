/**
 * Where the Chromium for tests and benchmarks is: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download (a contributor's laptop), else none.
 */
import { existsSync } from 'node:fs';

export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
	return undefined; // let Playwright use its own browser, if one was installed
}

/** Flags for a quiet, offline-friendly headless Chromium on these machines (see stack.md). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
