import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Run the CLI as a user does (through tsx), returning exit code, stdout and stderr. */
function cli(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', ...args],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DATA = '../shared/data';

/** The CDNOW sample with the literature's 39-week calibration. */
const CDNOW_CLV = [
	'clv',
	`${DATA}/cdnow/CDNOW_sample.txt`,
	'--calibration-end',
	'1997-09-30',
	'--no-header',
	'--map',
	'customer=1,date=3,amount=5'
];

describe('command line', { timeout: 60_000 }, () => {
	it('documents itself', () => {
		const { code, stdout } = cli('--help');
		expect(code).toBe(0);
		expect(stdout).toContain('segment FILE');
		expect(stdout).toContain('clv FILE --calibration-end');
		expect(stdout).toContain('kmeans FILE --features');
	});

	it('segments the rfm sample as of 2006-12-31: 995 customers, 4,906 orders, 464,158 revenue', () => {
		const { code, stdout, stderr } = cli(
			'segment',
			`${DATA}/rfm-orders/rfm_data_orders.csv`,
			'--as-of',
			'2006-12-31'
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toBe(
			'customer_id,orders,first_order,last_order,recency_days,monetary,r,f,m,rfm_segment,rfm8_segment,value_tier,lifecycle,loyalty,credit_risk'
		);
		const rows = lines.slice(1).map((line) => line.split(','));
		expect(rows).toHaveLength(995);
		expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(4906);
		expect(rows.reduce((sum, row) => sum + Number(row[5]), 0)).toBeCloseTo(464_158, 6);
		for (const row of rows) {
			expect(row[9]).toMatch(/^[a-z-]+$/);
			expect(row[10]).toMatch(/^(important|general)-[a-z-]+$/);
			expect(['key', 'major', 'ordinary', 'small']).toContain(row[11]);
			expect(['prospect', 'churned', 'lapsing', 'new', 'loyal', 'active']).toContain(row[12]);
			// The file has no credit fields: the scheme is unavailable, everyone has no data.
			expect(row[14]).toBe('no-data');
		}
	});

	it('prints each customer’s loyalty as the default weights and limits give it', () => {
		const { stdout } = cli(
			'segment',
			`${DATA}/rfm-orders/rfm_data_orders.csv`,
			'--as-of',
			'2006-12-31'
		);
		const rows = stdout
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(','));
		const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
		const seen = new Set<string>();
		for (const [, orders, first, last, recency, , , , , , , , lifecycle, loyalty] of rows) {
			// Repeats a year (4 for full marks) weigh 0.5, the span of purchases (730 days) 0.25;
			// no satisfaction is recorded, so the weights are renormalised; churned is low.
			const span = days(last) - days(first);
			const years = Math.max(1, (Number(recency) + span) / 365);
			const repeat = Math.min(1, (Number(orders) - 1) / years / 4);
			const score = (0.5 * repeat + 0.25 * Math.min(1, span / 730)) / 0.75;
			const expected =
				lifecycle === 'churned' || score < 0.3 ? 'low' : score >= 0.6 ? 'high' : 'general';
			expect(loyalty).toBe(expected);
			seen.add(loyalty);
		}
		expect([...seen].sort()).toEqual(['general', 'high', 'low']);
	});

	it('prints credit risk from the credit columns of an orders file', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kequn-cli-')), 'credit.csv');
		writeFileSync(
			file,
			[
				'customer_id,order_date,amount,overdue_days,credit_limit,balance_owed',
				'A,2024-01-05,100,0,1000,100',
				'B,2024-01-06,200,120,1000,100',
				'C,2024-01-07,50,10,1000,100',
				'D,2024-01-08,80,0,1000,900',
				'E,2024-01-09,80,,,'
			].join('\n')
		);
		const { code, stdout } = cli('segment', file);
		expect(code).toBe(0);
		const risk = stdout
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(','))
			.map((row) => [row[0], row[14]]);
		// More than 90 days overdue is high; any days overdue or 80 % of the limit used is
		// general; recorded and neither is low; nothing recorded is no credit data.
		expect(risk).toEqual([
			['A', 'low'],
			['B', 'high'],
			['C', 'general'],
			['D', 'general'],
			['E', 'no-credit-data']
		]);
	});

	it('fits the CDNOW models to the published estimates', () => {
		const { code, stdout } = cli(
			'clv',
			`${DATA}/cdnow/CDNOW_sample.txt`,
			'--calibration-end',
			'1997-09-30',
			'--no-header',
			'--map',
			'customer=1,date=3,amount=5'
		);
		expect(code).toBe(0);
		const fit = JSON.parse(stdout);
		expect(fit.customers).toBe(2357);
		expect(fit.bgnbd.r).toBeCloseTo(0.243, 3);
		expect(fit.bgnbd.alpha).toBeCloseTo(4.414, 3);
		expect(fit.bgnbd.a).toBeCloseTo(0.793, 3);
		expect(fit.bgnbd.b).toBeCloseTo(2.426, 3);
		expect(fit.bgnbd.logLikelihood).toBeCloseTo(-9582.4, 1);
		expect(fit.gammaGamma.p).toBeCloseTo(6.25, 2);
		expect(fit.gammaGamma.q).toBeCloseTo(3.74, 2);
		expect(fit.gammaGamma.v).toBeCloseTo(15.44, 2);
		expect(fit.bgnbd.converged && fit.gammaGamma.converged).toBe(true);
	});

	it('prints per-customer CLV as CSV', () => {
		const { code, stdout } = cli(
			'clv',
			`${DATA}/cdnow/CDNOW_sample.txt`,
			'--calibration-end',
			'1997-09-30',
			'--no-header',
			'--map',
			'customer=1,date=3,amount=5',
			'--per-customer'
		);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toBe(
			'customer_id,frequency,recency,T,p_alive,expected_purchases,expected_value,clv,churn_risk'
		);
		expect(lines).toHaveLength(2358);
	});

	it('chooses the model on the hold-out with --model auto and names it with its parameters', () => {
		const { code, stdout, stderr } = cli(...CDNOW_CLV, '--model', 'auto');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const fit = JSON.parse(stdout);
		// Hold-out: the orders after the calibration end (39 weeks, 1,882 repeat transactions).
		expect(fit.holdout.map((e: { model: string }) => e.model)).toEqual(['bgnbd', 'mbgnbd', 'pnbd']);
		for (const e of fit.holdout) expect(e.actualTotal).toBe(1882);
		expect(fit.choice).toMatchObject({ model: 'pnbd', reason: 'lowest-error', runnerUp: 'mbgnbd' });
		expect(fit.model.name).toBe('pnbd');
		expect(fit.model.usable).toBe(true);
		// Fader, Hardie & Lee (2005) / BTYD / lifetimes: 0.553, 10.578, 0.606, 11.669.
		expect(fit.model.parameters.r).toBeCloseTo(0.553, 3);
		expect(fit.model.parameters.alpha).toBeCloseTo(10.578, 3);
		expect(fit.model.parameters.s).toBeCloseTo(0.606, 3);
		expect(fit.model.parameters.beta).toBeCloseTo(11.669, 3);
		// Today's BG/NBD block is unchanged beside it.
		expect(fit.bgnbd.r).toBeCloseTo(0.243, 3);
	});

	it('fits the model named by --model (MBG/NBD: lifetimes / BTYDplus estimates)', () => {
		const fit = JSON.parse(cli(...CDNOW_CLV, '--model', 'mbgnbd').stdout);
		expect(fit.model.name).toBe('mbgnbd');
		expect(fit.choice.reason).toBe('requested');
		expect(fit.model.parameters.r).toBeCloseTo(0.525, 3);
		expect(fit.model.parameters.alpha).toBeCloseTo(6.183, 3);
		expect(fit.model.parameters.a).toBeCloseTo(0.891, 3);
		expect(fit.model.parameters.b).toBeCloseTo(1.614, 3);
		const bad = cli(...CDNOW_CLV, '--model', 'pareto');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--model');
	});

	it('adds churn_risk = P(no purchase in the next --churn-days), N/7 weeks with --unit week', () => {
		const fit = JSON.parse(cli(...CDNOW_CLV).stdout);
		const { r, alpha } = fit.model.parameters;
		const rows = (days: string) =>
			cli(...CDNOW_CLV, '--per-customer', '--churn-days', days)
				.stdout.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split(',').map(Number));
		const ninety = rows('90');
		for (const row of ninety) {
			expect(row[8]).toBeGreaterThanOrEqual(0);
			expect(row[8]).toBeLessThanOrEqual(1);
			// BG/NBD one-time buyers: the NBD zero probability ((α+T)/(α+T+w))^r, w = 90/7 weeks
			// (a share, written to 4 decimals).
			if (row[1] === 0) {
				const T = row[3];
				expect(row[8]).toBeCloseTo(Math.pow((alpha + T) / (alpha + T + 90 / 7), r), 4);
			}
		}
		// A longer window: a purchase is more likely, so the risk is lower for everyone.
		const year = rows('365');
		// (Long-silent repeat buyers are gone for sure in both, at 1 to double precision.)
		year.forEach((row, i) => expect(row[8]).toBeLessThanOrEqual(ninety[i][8]));
		const lower = year.filter((row, i) => row[8] < ninety[i][8]).length;
		expect(lower / year.length).toBeGreaterThan(0.9);
	});

	/** k = 5 on Mall Customers' income and spending score. */
	const mallKMeans = (...more: string[]) =>
		cli(
			'kmeans',
			`${DATA}/mall-customers/Mall_Customers.csv`,
			'--features',
			'AnnualIncome,SpendingScore',
			'--k',
			'5',
			...more
		);

	it('finds the five Mall Customers segments', () => {
		const { code, stdout } = mallKMeans('--id', 'CustomerID');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect([...result.sizes].sort((a: number, b: number) => b - a)).toEqual([81, 39, 35, 23, 22]);
		expect(result.inertia).toBeCloseTo(65.568, 2);
		expect(result.labels).toHaveLength(200);
		expect(result.centroids).toHaveLength(5);
	});

	it('adds each Mall Customers cluster’s rules and their fidelity with --rules', () => {
		const { code, stdout } = mallKMeans('--rules');
		expect(code).toBe(0);
		const { labels, rules } = JSON.parse(stdout);
		expect(rules.fidelity).toBeGreaterThanOrEqual(0.95);
		expect(rules.clusters).toHaveLength(5);
		const rows = readFileSync(`${DATA}/mall-customers/Mall_Customers.csv`, 'utf8')
			.trim()
			.split(/\r?\n/)
			.slice(1)
			.map((line) => line.split(','));
		// Recount each rule and its agreement from the file and the printed labels.
		let agreeing = 0;
		for (const cluster of rules.clusters) {
			expect(cluster.rules.length).toBeLessThanOrEqual(3);
			for (const rule of cluster.rules) {
				const matched = rows.filter((row) =>
					rule.conditions.every((c: { feature: string; op: string; value: number }) => {
						const value = Number(row[c.feature === 'AnnualIncome' ? 3 : 4]);
						return c.op === '<'
							? value < c.value
							: c.op === '<='
								? value <= c.value
								: value >= c.value;
					})
				);
				expect(rule.customers).toBe(matched.length);
				expect(rule.en).toMatch(/^AnnualIncome|^SpendingScore/);
				expect(rule.zh).toContain(' ');
				agreeing += matched.filter(
					(row) => labels[rows.indexOf(row)].cluster === cluster.cluster
				).length;
			}
		}
		expect(rules.fidelity).toBeCloseTo(agreeing / 200, 6);
	});

	it('defuses formula-like names in its CSV like the app, keeping numbers as numbers', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kequn-cli-')), 'formulas.csv');
		writeFileSync(
			file,
			'customer_id,order_date,amount\n' +
				'"=HYPERLINK(""http://evil.example"",""open"")",2024-01-02,10.5\n' +
				'+cmd,2024-01-03,-2\n' +
				'@at,2024-01-04,7\n' +
				'plain,2024-01-05,1\n'
		);
		const { code, stdout } = cli('segment', file, '--as-of', '2024-01-06');
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n').slice(1);
		const byId = new Map(lines.map((line) => [line.slice(0, line.search(/,\d/)), line]));
		expect([...byId.keys()].sort()).toEqual(
			[`"'=HYPERLINK(""http://evil.example"",""open"")"`, "'+cmd", "'@at", 'plain'].sort()
		);
		for (const line of lines) expect(line).not.toMatch(/^[=+@-]/);
		// The return's negative amount stays the number -2 (no quote in front of it).
		const cmd = byId.get("'+cmd")!.split(',');
		expect(cmd[5]).toBe('-2');
		expect(byId.get("'@at")!.split(',')[5]).toBe('7');
	});

	it('reports errors on stderr with a non-zero exit code and nothing on stdout', () => {
		const missing = cli('segment', 'no-such-file.csv');
		expect(missing.code).toBe(1);
		expect(missing.stdout).toBe('');
		expect(missing.stderr).toContain('cannot open no-such-file.csv');
		const usage = cli('segment', `${DATA}/rfm-orders/rfm_data_orders.csv`, '--as-of', 'yesterday');
		expect(usage.code).toBe(2);
		expect(usage.stdout).toBe('');
		const unknown = cli('frobnicate', 'x');
		expect(unknown.code).toBe(2);
	});
});
