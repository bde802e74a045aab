/**
 * Installs what the project needs and is missing: npm dependencies, and a Chromium (with CJK
 * fonts) for the browser tests. On Debian as root: apt's chromium and fonts-noto-cjk. Elsewhere:
 * $CHROMIUM_PATH, a system Chromium, or Playwright's own browser download.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

function run(command) {
	console.log(`$ ${command}`);
	execSync(command, { stdio: 'inherit' });
}

/** npm dependencies: installed when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) ||
		(existsSync('package-lock.json') &&
			statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
	if (stale)
		run(
			existsSync('package-lock.json')
				? 'npm ci --no-audit --no-fund'
				: 'npm install --no-audit --no-fund'
		);
}

const isDebianRoot = () => existsSync('/etc/debian_version') && process.getuid?.() === 0;

function hasChineseFont() {
	const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	return result.status === 0 && result.stdout.trim().length > 0;
}

/** A Chromium for Playwright, and Chinese fonts so screenshots show Chinese text. */
export function ensureBrowser() {
	const found = chromiumPath();
	if (found && (hasChineseFont() || !isDebianRoot())) return;
	if (isDebianRoot()) {
		run('apt-get update -qq');
		run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
		return;
	}
	if (!found) run('npx playwright install chromium');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	ensureDependencies();
	ensureBrowser();
}
