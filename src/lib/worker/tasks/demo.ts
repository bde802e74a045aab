/**
 * The demo business: load it (replacing the data and the scheme settings, keeping the user's
 * other settings) and extend it.
 */

import {
	contactRateFor,
	generateDemo,
	generateNextPeriodWithCampaigns,
	type DemoCampaign,
	tradeAttributeFields,
	type DemoOptions,
	type DemoTrade
} from '$lib/core/demo';
import { defaultAttributes } from '$lib/core/segments/settings';
import { orderCount } from '$lib/core/order-columns';
import { readSetting, writeSetting } from '$lib/db/settings';
import { addToStore, readSnapshot, replaceDataKeeping } from '$lib/db/store';
import { addWithSimulatedEffects } from '$lib/db/campaigns';
import { lastDayOf } from '$lib/core/demo/continuation';
import { DEFAULT_END_DAY } from '$lib/core/demo';
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

/**
 * Add the loaded demo business's next `months` (new customers, orders, interactions). With an
 * `uplift` (0–1), campaigns whose window reaches into the period get that simulated effect on
 * their treated members (see core/demo/campaign-effect.ts), recorded with each campaign.
 */
export async function addDemoPeriod(months: number, uplift = 0) {
	const demo = await readSetting<DemoState>(DEMO_SETTING);
	if (!demo) throw new Error('no demo business is loaded');
	const base = await readSnapshot();
	const periodFirst = lastDayOf(base, DEFAULT_END_DAY) + 1;
	const started: DemoCampaign[] =
		uplift > 0
			? base.campaigns
					.filter((campaign) => campaign.startDay + campaign.windowDays > periodFirst)
					.map(({ id, treated, startDay, windowDays }) => ({
						id,
						treated,
						startDay,
						windowDays,
						uplift
					}))
			: [];
	const { history: next, effects } = generateNextPeriodWithCampaigns(
		base,
		{ seed: demo.seed + demo.periods + 1, months, locale: demo.locale, trade: demo.trade },
		started
	);
	if (effects.size === 0) await addToStore(next);
	else await addWithSimulatedEffects(next, effects);
	await writeSetting(DEMO_SETTING, { ...demo, periods: demo.periods + 1 });
	return { customers: next.customers.length, orders: orderCount(next.orders) };
}
