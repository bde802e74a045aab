/**
 * The demo business: load it (replacing the data and the scheme settings, keeping the user's
 * other settings) and extend it.
 */

import {
	contactRateFor,
	generateDemo,
	generateNextPeriod,
	tradeAttributeFields,
	type DemoOptions,
	type DemoTrade
} from '$lib/core/demo';
import { defaultAttributes } from '$lib/core/segments/settings';
import { orderCount } from '$lib/core/order-columns';
import { readSetting, writeSetting } from '$lib/db/settings';
import { addToStore, readSnapshot, replaceDataKeeping } from '$lib/db/store';
import { DEMO_SETTING, SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';

export interface DemoState {
	seed: number;
	locale: 'zh' | 'en';
	periods: number;
	/** Absent in demos loaded before trades existed: the mixed business. */
	trade?: DemoTrade;
	customers?: number;
}

/** Replace the data with a fresh demo business; other settings and import templates are kept. */
export async function loadDemo(options: DemoOptions, progress?: (done: number) => void) {
	progress?.(0);
	const customers = options.customers ?? 2000;
	const snapshot = generateDemo({
		...options,
		contactRate: options.contactRate ?? contactRateFor(customers)
	});
	progress?.(1);
	const locale = options.locale ?? 'zh';
	const trade = options.trade ?? 'mixed';
	const demo: DemoState = { seed: options.seed, locale, periods: 0, trade, customers };
	// A fresh demo starts from the scheme settings of its trade: its own columns as attributes.
	const attributes = [
		...defaultAttributes(snapshot.customers).map(({ field }) => field),
		...tradeAttributeFields(trade, locale)
	].map((field) => ({ field }));
	const schemeSettings =
		trade === 'mixed' ? [] : [{ key: SEGMENT_SETTINGS_KEY, value: { attributes } }];
	await replaceDataKeeping(snapshot, (settings) => [
		...settings.filter(
			(setting) => setting.key !== DEMO_SETTING && setting.key !== SEGMENT_SETTINGS_KEY
		),
		{ key: DEMO_SETTING, value: demo },
		...schemeSettings
	]);
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
		locale: demo.locale,
		trade: demo.trade
	});
	await addToStore(next);
	await writeSetting(DEMO_SETTING, { ...demo, periods: demo.periods + 1 });
	return { customers: next.customers.length, orders: orderCount(next.orders) };
}
