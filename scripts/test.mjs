/**
 * `npm test`: installs what is missing, then runs every check in order — formatting and lint,
 * svelte-check, unit tests, the production build and the end-to-end tests in Chromium — and
 * ends with one summary line of tests passed and failed.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser, ensureDependencies } from './ensure-setup.mjs';

ensureDependencies();
ensureBrowser();
mkdirSync('test-results', { recursive: true });
// Results of an earlier run must not be counted in this run's summary.
for (const file of ['test-results/unit.json', 'test-results/e2e.json'])
	rmSync(file, { force: true });

const steps = [
	['lint', 'npm run -s lint'],
	['type check', 'npm run -s check'],
	// The `kequn` command's bundle (npm ci builds it; rebuilt here so tests see the sources).
	['command-line bundle', 'node scripts/build-cli.mjs'],
	[
		'unit tests',
		'npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json'
	],
	['build', 'npx vite build'],
	['end-to-end tests', 'npx playwright test']
];

let failedStep = null;
for (const [name, command] of steps) {
	console.log(`\n=== ${name} ===\n$ ${command}`);
	try {
		execSync(command, {
			stdio: 'inherit',
			env: { ...process.env, KEQUN_BUILD_VERSION: process.env.KEQUN_BUILD_VERSION ?? 'test' }
		});
	} catch {
		failedStep = name;
		break;
	}
}

function counts(file, read) {
	if (!existsSync(file)) return { passed: 0, failed: 0 };
	try {
		return read(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return { passed: 0, failed: 0 };
	}
}
const unit = counts('test-results/unit.json', (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests
}));
const e2e = counts('test-results/e2e.json', (r) => ({
	passed: r.stats.expected,
	failed: r.stats.unexpected + r.stats.flaky
}));
console.log(
	`\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`
);
console.log(
	`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + (failedStep ? 1 : 0)} failed`
);
if (failedStep) {
	console.error(`npm test failed at: ${failedStep}`);
	process.exit(1);
}
