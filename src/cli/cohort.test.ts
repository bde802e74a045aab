import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readOrders } from './read-orders';

const FILE = '../shared/data/online-retail/online_retail.csv';

/**
 * The oracle: a plain grouping over the parsed orders, with strings and objects only. A purchase
 * is status 0 (ok) with amount ≥ 0; its month is the ISO date's first seven characters.
 */
async function oracle(): Promise<
	Map<string, { customers: number; active: number; revenue: number }>
> {
	const { orders } = await readOrders(FILE, {});
	const purchases: { id: string; month: string; amount: number }[] = [];
	for (let row = 0; row < orders.day.length; row++) {
		if (orders.status[row] !== 0 || orders.amount[row] < 0) continue;
		purchases.push({
			id: orders.customerIds[orders.customer[row]],
			month: new Date(orders.day[row] * 86_400_000).toISOString().slice(0, 7),
			amount: orders.amount[row]
		});
	}
	const firstMonth: Record<string, string> = {};
	for (const p of purchases)
		if (!(p.id in firstMonth) || p.month < firstMonth[p.id]) firstMonth[p.id] = p.month;
	const size: Record<string, number> = {};
	for (const month of Object.values(firstMonth)) size[month] = (size[month] ?? 0) + 1;
	const monthsBetween = (a: string, b: string) =>
		(Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5));
	const lastMonth = purchases
		.map((p) => p.month)
		.sort()
		.at(-1)!;
	const cells = new Map<string, { customers: number; active: number; revenue: number }>();
	for (const cohort of Object.keys(size))
		for (let since = 0; since <= monthsBetween(cohort, lastMonth); since++)
			cells.set(`${cohort}|${since}`, { customers: size[cohort], active: 0, revenue: 0 });
	const buyers = new Map<string, Set<string>>();
	for (const p of purchases) {
		const key = `${firstMonth[p.id]}|${monthsBetween(firstMonth[p.id], p.month)}`;
		cells.get(key)!.revenue += p.amount;
		if (!buyers.has(key)) buyers.set(key, new Set());
		buyers.get(key)!.add(p.id);
	}
	for (const [key, ids] of buyers) cells.get(key)!.active = ids.size;
	return cells;
}

describe('kequn cohort', { timeout: 120_000 }, () => {
	it('on Online Retail equals a direct grouping of the parsed orders', async () => {
		const result = spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', 'cohort', FILE],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
		);
		expect(result.status).toBe(0);
		const [header, ...lines] = result.stdout.trim().split('\n');
		expect(header).toBe('cohort,months_since,customers,active,share,revenue');
		const expected = await oracle();
		expect(lines.length).toBe(expected.size);
		// The data's 13 months (Dec 2010 – Dec 2011): 13 + 12 + … + 1 cells.
		expect(lines.length).toBe(91);
		for (const line of lines) {
			const [cohort, since, customers, active, share, revenue] = line.split(',');
			const cell = expected.get(`${cohort}|${since}`);
			expect(cell, line).toBeDefined();
			expect(Number(customers)).toBe(cell!.customers);
			expect(Number(active)).toBe(cell!.active);
			expect(Number(share)).toBeCloseTo(cell!.active / cell!.customers, 6);
			expect(Number(revenue)).toBeCloseTo(cell!.revenue, 4);
		}
		expect(lines[0]).toBe('2010-12,0,885,885,1,572713.89');
	});
});
