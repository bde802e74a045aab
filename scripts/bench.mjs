/**
 * `npm run bench`: measures the app in headless Chromium with a persistent profile (real
 * on-disk IndexedDB) and prints a table; figures go to bench/results.json with the problem
 * size and the machine they ran on. Targets are from the issues; nothing here fails a build.
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { ensureBrowser, ensureDependencies } from './ensure-setup.mjs';
import { peerResults } from './bench-peers.mjs';
import { startStatic, stopStatic } from './static-server.mjs';
import {
	FIRST_ROWS_OBSERVER,
	LONG_TASK_OBSERVER,
	customerListFigures,
	importThroughScreen,
	writeOrdersCsv
} from './bench-app.mjs';

ensureDependencies();
ensureBrowser();
execSync('npx vite build', { stdio: 'inherit' });
execSync('npx vite build --config bench/vite.config.ts', { stdio: 'inherit' });
// The real file is linked into the harness's own origin (a worker may not fetch across origins).
symlinkSync(path.resolve('../shared/data/online-retail'), 'bench-build/online-retail');

const results = [];
function record(name, size, ms, targetMs) {
	results.push({
		name,
		size,
		ms: Math.round(ms),
		targetMs,
		met: targetMs === undefined ? null : ms <= targetMs
	});
}

async function withProfile(run) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kequn-bench-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true
	});
	try {
		return await run(context);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

let chromiumVersion = '';

// Storage: the app's own store functions, in a page of the bench harness.
const harness = await startStatic(4401, 'bench-build');
await withProfile(async (context) => {
	chromiumVersion = context.browser()?.version() ?? '';
	const page = await context.newPage();
	await page.goto('http://127.0.0.1:4401/');
	await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
	for (let run = 0; run < 2; run++) {
		const orders = await page.evaluate(() => window.kequnBench.storeOrders(1_000_000, 100_000));
		const customers = await page.evaluate(() => window.kequnBench.storeCustomers(100_000));
		if (run === 0) continue; // the first run warms up the profile and the JIT
		record('store: write orders', '1,000,000 orders (256 bucket records)', orders.writeMs, 2000);
		record('store: read all orders', '1,000,000 orders', orders.readMs, 2000);
		record('store: write customers', '100,000 customers', customers.writeMs, 2000);
		record('store: read all customers', '100,000 customers', customers.readMs, 2000);
	}
});

// Analysis in a real worker of this Chromium (the app runs the same core in its worker).
await withProfile(async (context) => {
	const page = await context.newPage();
	await page.goto('http://127.0.0.1:4401/');
	await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
	const run = (name, ...args) =>
		page.evaluate(([name, args]) => window.kequnBench.inWorker(name, ...args), [name, args]);
	await run('segment', 100_000, 10_000); // warm-up
	const retail = await run('segmentFile', '/online-retail/online_retail.csv');
	record(
		'measures + all schemes, in the worker',
		'Online Retail: 4,372 customers, 22,190 invoices',
		retail.ms,
		300
	);
	const big = await run('segment', 1_000_000, 100_000);
	record(
		'measures + all schemes, in the worker',
		'100,000 customers, 1,000,000 orders',
		big.ms,
		1500
	);
	const clv = await run('clv', 100_000);
	record(
		'BG/NBD + Gamma-Gamma fit and scoring, in the worker',
		'demo business: 100,000 customers, about 900,000 orders',
		clv.ms,
		2000
	);
	const sweep = await run('sweep', 100_000, 6);
	record(
		'k-means k = 2..10, 10 restarts each, in the worker',
		'100,000 × 6 standardised rows',
		sweep.ms,
		5000
	);
	record('  longest main-thread task during the sweep', '', sweep.longestTaskMs, 50);
	const fit = await run('kmeans', 100_000, 6, 6);
	record(
		'k-means k = 6, 10 restarts, in the worker',
		'100,000 × 6 standardised rows',
		fit.ms,
		1500
	);
	record('  longest main-thread task during the fit', '', fit.longestTaskMs, 50);
});
await stopStatic(harness);

// The built app driven like a user: imports, then the customer list at 100,000 customers.
const appServer = await startStatic(4404, 'build');
const generated = await writeOrdersCsv(1_000_000, 100_000);
await withProfile(async (context) => {
	await context.addInitScript(LONG_TASK_OBSERVER);
	await context.addInitScript(FIRST_ROWS_OBSERVER);
	const page = await context.newPage();
	const retail = await importThroughScreen(
		page,
		'http://127.0.0.1:4404',
		'../shared/data/online-retail/online_retail.csv'
	);
	record('import Online Retail, file chosen → stored', '541,909 lines, 45 MB', retail.ms, 10_000);
	record('  longest main-thread task during the import', '', retail.longestTaskMs, 100);
	await page.goto('http://127.0.0.1:4404/settings');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: /删除我的全部数据|Delete all my data/ }).click();
	await page.getByText(/全部数据已删除|All data deleted/).waitFor();
	const million = await importThroughScreen(page, 'http://127.0.0.1:4404', generated.file);
	record(
		'import a generated CSV, file chosen → stored',
		'1,000,000 orders, 100,000 customers, 41 MB',
		million.ms,
		20_000
	);
	record('  longest main-thread task during the import', '', million.longestTaskMs, 100);
	const list = await customerListFigures(page, 'http://127.0.0.1:4404');
	record(
		'customer list: first render (opened after the import)',
		'100,000 customers',
		list.firstRender,
		300
	);
	record(
		'  … with no kept first screen (the worker reads the customers)',
		'100,000 customers',
		list.firstRenderNothingKept,
		300
	);
	record('customer list: search latency', '100,000 customers', list.searchLatency, 100);
	record(
		'customer list: open a profile',
		'100,000 customers, 1,000,000 orders',
		list.profileOpen,
		200
	);
	record(
		'  longest main-thread task while scrolling the list end to end',
		'',
		list.scrollLongest,
		50
	);
});
generated.cleanup();
await stopStatic(appServer);

// Cold start of the built app: a fresh profile, first visit and a second (service-worker) visit.
const app = await startStatic(4402, 'build');
await withProfile(async (context) => {
	const page = await context.newPage();
	for (const visit of ['first visit', 'repeat visit (service worker)']) {
		const start = Date.now();
		await page.goto('http://127.0.0.1:4402/');
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.getByRole('button', { name: /加载示例数据|Load demo data/ }).waitFor();
		record(`cold start to home screen, ${visit}`, 'empty store', Date.now() - start, undefined);
		if (visit === 'first visit') await page.evaluate(() => navigator.serviceWorker.ready);
	}
});
await stopStatic(app);

// The command line against pandas and scikit-learn (skipped with a note when they are absent).
results.push(...(await peerResults()));

const machine = {
	where: 'headless Chromium, persistent profile; peers: wall time of each process',
	chromium: chromiumVersion,
	cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
	memoryGiB: Math.round(os.totalmem() / 2 ** 30),
	node: process.version,
	date: new Date().toISOString()
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ machine, results }, null, '\t') + '\n');

console.log(`\nKequn benchmarks — ${machine.where}, Chromium ${machine.chromium}, ${machine.cpus}`);
console.table(
	results.map((r) => ({
		benchmark: r.name,
		size: r.size,
		ms: r.ms,
		target:
			r.targetRatio !== undefined
				? `${r.ratio}× peer (${r.peerMs} ms), target ≤ ${r.targetRatio}×`
				: r.targetMs === undefined
					? ''
					: `≤ ${r.targetMs}`,
		met: r.met === null ? '' : r.met ? 'yes' : 'NO'
	}))
);
console.log('written: bench/results.json');
