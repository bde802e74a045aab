import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Worker } from '@playwright/test';
import { loadDemo, waitForServiceWorker } from './helpers';

/**
 * The build served as the README says (scripts/serve.mjs sends build/_headers): the analysis
 * worker and the service worker get the pages' Content-Security-Policy from their response
 * headers, so they can reach no other origin and cannot turn strings into code.
 */

/** A server on another local port that would answer any origin (CORS open) and counts calls. */
async function startDecoy(): Promise<{ url: string; hits: () => number; server: Server }> {
	let hits = 0;
	const server = createServer((_req, res) => {
		hits += 1;
		res.setHeader('Access-Control-Allow-Origin', '*');
		res.end('decoy');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}/x`, hits: () => hits, server };
}

/** What a script in that worker may do: fetch elsewhere, fetch its own origin, eval strings. */
function probe(worker: Worker, decoyUrl: string) {
	return worker.evaluate(async (decoy) => {
		const scope = self as unknown as { __fromString?: boolean };
		const attempt = async (run: () => unknown) => {
			try {
				await run();
				return 'ran';
			} catch (error) {
				return (error as Error).name;
			}
		};
		scope.__fromString = false;
		const timer = setTimeout as unknown as (code: string, ms: number) => number;
		timer('self.__fromString = true', 0);
		const result = {
			otherOrigin: await attempt(() => fetch(decoy)),
			ownOrigin: await attempt(async () => {
				const response = await fetch('/manifest.webmanifest');
				if (!response.ok) throw new Error(String(response.status));
			}),
			evalString: await attempt(() => eval('1 + 1')),
			newFunction: await attempt(() => new Function('return 1')()),
			timerString: false
		};
		// The string timer would have run by the time two further timers have fired.
		await new Promise((resolve) => setTimeout(resolve, 50));
		await new Promise((resolve) => setTimeout(resolve, 50));
		result.timerString = scope.__fromString;
		return result;
	}, decoyUrl);
}

const BLOCKED = {
	otherOrigin: 'TypeError',
	ownOrigin: 'ran',
	evalString: 'EvalError',
	newFunction: 'EvalError',
	timerString: false
};

test('the workers get the policy: no other origin, no eval; the app still works', async ({
	page,
	context
}) => {
	const decoy = await startDecoy();
	try {
		// Sanity: the decoy answers a request that is not under the app's policy.
		expect((await fetch(decoy.url)).ok).toBe(true);
		expect(decoy.hits()).toBe(1);

		const response = await page.goto('/');
		expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");

		// Loading the demo runs the analysis worker (generation and the write).
		await loadDemo(page);
		const analysisWorker = page.workers().find((worker) => worker.url().includes('analysis'));
		expect(analysisWorker, 'the analysis worker is running').toBeTruthy();
		const workerScript = await page.request.get(analysisWorker!.url());
		expect(workerScript.headers()['content-security-policy']).toContain("script-src 'self'");
		expect(await probe(analysisWorker!, decoy.url)).toEqual(BLOCKED);

		await waitForServiceWorker(page);
		const serviceWorker = context.serviceWorkers()[0];
		expect(serviceWorker, 'the service worker is running').toBeTruthy();
		expect(await probe(serviceWorker, decoy.url)).toEqual(BLOCKED);
		expect(decoy.hits()).toBe(1);

		// The page itself still does its work under the header policy: a profile, a segment run.
		await page.goto('/customers/C00001');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goto('/segments');
		await page.getByRole('button', { name: '运行并保存' }).click();
		await expect(page.getByText('已保存本次运行')).toBeVisible({ timeout: 60_000 });
	} finally {
		decoy.server.closeAllConnections();
		await new Promise((resolve) => decoy.server.close(resolve));
	}
});
