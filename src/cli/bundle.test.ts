/**
 * The installable `kequn` command (dist/kequn.mjs, built by `npm ci`'s prepare script) gives
 * exactly what the development entry (`npm run -s cli`, through tsx) gives, byte for byte, on
 * the four real data sets. The bundle is rebuilt first when the sources are newer.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cliBundleStale, CLI_BUNDLE } from '../../scripts/build-cli.mjs';

const DATA = '../shared/data';

function run(entry: string[], args: string[]) {
	const result = spawnSync(process.execPath, [...entry, ...args], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const bundled = (...args: string[]) => run([CLI_BUNDLE as string], args);
const dev = (...args: string[]) => run(['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'], args);

const CASES: [string, string[]][] = [
	['rfm orders', ['segment', `${DATA}/rfm-orders/rfm_data_orders.csv`]],
	['online retail', ['segment', `${DATA}/online-retail/online_retail.csv`]],
	[
		'cdnow sample',
		[
			'segment',
			`${DATA}/cdnow/CDNOW_sample.txt`,
			'--no-header',
			'--map',
			'customer=1,date=3,amount=5'
		]
	],
	[
		'mall customers',
		[
			'kmeans',
			`${DATA}/mall-customers/Mall_Customers.csv`,
			'--features',
			'AnnualIncome,SpendingScore',
			'--k',
			'5',
			'--id',
			'CustomerID',
			'--rules'
		]
	]
];

describe('the bundled kequn command', { timeout: 120_000 }, () => {
	beforeAll(async () => {
		if (cliBundleStale()) await buildCli();
	});

	it('starts with a shebang and prints its help', () => {
		expect(readFileSync(CLI_BUNDLE, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
		const help = bundled('--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('kequn segment FILE');
		expect(help.stdout).toBe(dev('--help').stdout);
	});

	for (const [name, args] of CASES)
		it(`equals the development entry byte for byte: ${name}`, () => {
			const fromBundle = bundled(...args);
			const fromDev = dev(...args);
			expect(fromBundle.code).toBe(0);
			expect(fromBundle.stdout.split('\n').length).toBeGreaterThan(200);
			expect(fromBundle.stdout === fromDev.stdout).toBe(true);
			expect(fromBundle.stderr).toBe(fromDev.stderr);
			expect(fromBundle.code).toBe(fromDev.code);
		});

	it('prints the same segment SQL', () => {
		const args = ['sql', '--dialect', 'bigquery', '--as-of', '2011-12-10'];
		const fromBundle = bundled(...args);
		expect(fromBundle.code).toBe(0);
		expect(fromBundle.stdout).toContain('UNION DISTINCT');
		expect(fromBundle).toEqual(dev(...args));
	});

	it('reports usage errors the same way', () => {
		const fromBundle = bundled('segment', `${DATA}/rfm-orders/rfm_data_orders.csv`, '--as-of', 'x');
		expect(fromBundle.code).toBe(2);
		expect(fromBundle).toEqual(
			dev('segment', `${DATA}/rfm-orders/rfm_data_orders.csv`, '--as-of', 'x')
		);
	});
});
