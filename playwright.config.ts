import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';

/** End-to-end tests against the built app (build/), served like a static host in SPA mode. */
export const PORT = Number(process.env.KEQUN_TEST_PORT ?? 4321);
export const BUILD_DIR = process.env.KEQUN_BUILD_DIR ?? 'build';
/** Artefacts per test port, so parallel runs (other ports) never clear each other's files. */
const ARTEFACTS = process.env.KEQUN_TEST_PORT ? `test-results/port-${PORT}` : 'test-results';

export default defineConfig({
	testDir: 'tests',
	outputDir: `${ARTEFACTS}/e2e-artifacts`,
	timeout: 90_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: `${ARTEFACTS}/e2e.json` }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'zh-CN',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT} --dir ${BUILD_DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
