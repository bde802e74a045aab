/** The demo business: load it (replacing the data, keeping the user's settings) and extend it. */

import { generateDemo, generateNextPeriod, type DemoOptions } from '$lib/core/demo';
import { orderCount } from '$lib/core/order-columns';
import { readSetting, writeSetting } from '$lib/db/settings';
import { addToStore, readSnapshot, replaceStore } from '$lib/db/store';
import { database } from '$lib/db/database';

/** Setting key: which demo is loaded and how many later periods were added. */
export const DEMO_SETTING = 'demo';

export interface DemoState {
	seed: number;
	locale: 'zh' | 'en';
	periods: number;
}

/** Replace the data with a fresh demo business; settings and import templates are kept. */
export async function loadDemo(options: DemoOptions, progress?: (done: number) => void) {
	progress?.(0);
	const snapshot = generateDemo(options);
	progress?.(1);
	const db = database();
	const [settings, importTemplates] = await Promise.all([
		db.settings.toArray(),
		db.importTemplates.toArray()
	]);
	const demo: DemoState = { seed: options.seed, locale: options.locale ?? 'zh', periods: 0 };
	await replaceStore({
		...snapshot,
		settings: [
			...settings.filter((setting) => setting.key !== DEMO_SETTING),
			{ key: DEMO_SETTING, value: demo }
		],
		importTemplates
	});
	return { customers: snapshot.customers.length, orders: orderCount(snapshot.orders) };
}

/** Add the loaded demo business's next `months` (new customers, orders, interactions). */
export async function addDemoPeriod(months: number) {
	const demo = await readSetting<DemoState>(DEMO_SETTING);
	if (!demo) throw new Error('no demo business is loaded');
	const base = await readSnapshot();
	const next = generateNextPeriod(base, {
		seed: demo.seed + demo.periods + 1,
		months,
		locale: demo.locale
	});
	await addToStore(next);
	await writeSetting(DEMO_SETTING, { ...demo, periods: demo.periods + 1 });
	return { customers: next.customers.length, orders: orderCount(next.orders) };
}
