/**
 * A retail shop selling to consumers (fashion and lifestyle, online and in store): age band,
 * gender, city tier and channel on every record, and a membership level from what they spent.
 */

import {
	ARCHETYPES,
	MIXED_TRADE,
	type ArchetypeSpec,
	type Persona,
	type TradeParams
} from './behaviour';
import type { DemoLocale, LocaleLists, ProductCategory } from './names';
import { setCustom, tierOf, type Decorate } from './trade-records';
import type { Notes } from './trade-notes';
import PRODUCTS from './trade-products.json';
import type { TradeCalendar } from './calendar';

/** An archetype of a consumer trade: its share, purchases per year and median basket. */
export const consumersOnly = (
	spec: ArchetypeSpec,
	share: number,
	rate: number,
	amount: number
): ArchetypeSpec => ({
	...spec,
	share,
	businessShare: 0,
	rate,
	amount
});

const A = ARCHETYPES;
export const RETAIL_TRADE: TradeParams = {
	...MIXED_TRADE,
	// share, rate per year, median basket in yuan
	archetypes: {
		champion: consumersOnly(A.champion, 0.06, 18, 320),
		regular: consumersOnly(A.regular, 0.19, 7, 260),
		occasional: consumersOnly(A.occasional, 0.18, 2.5, 200),
		new: consumersOnly(A.new, 0.1, 5, 220),
		lapsing: consumersOnly(A.lapsing, 0.14, 5, 230),
		churned: consumersOnly(A.churned, 0.14, 4, 200),
		oneTime: consumersOnly(A.oneTime, 0.15, 0, 180),
		prospect: consumersOnly(A.prospect, 0.04, 0, 0)
	},
	consumerChannels: [45, 50, 5]
};

/** A category sold to consumers only. */
const consumerProduct = (
	name: string,
	unitPrice: number,
	margin: number,
	weight: number
): ProductCategory => ({ name, unitPrice, margin, consumerWeight: weight, businessWeight: 1 });

/** A persona from one row of a trade's table, in the order of the fields of `Persona`. */
export const persona = (
	id: string,
	zh: string,
	en: string,
	share: number,
	spend: number,
	rate: number,
	channels: readonly number[],
	workdays: boolean,
	favours: readonly number[]
): Persona => ({ id, zh, en, share, spend, rate, channels, workdays, favours });

/** A trade's lists over a locale's base lists: its behaviour, calendar and notes replace the base's. */
export const withTrade = (
	base: LocaleLists,
	trade: TradeParams,
	calendar: TradeCalendar,
	notes: Notes
): LocaleLists => ({ ...base, trade, calendar, notes: notes[base.locale] });

/**
 * The products of a trade in a locale, from trade-products.json: per product its names (zh, en),
 * its typical unit prices (yuan, pounds), its margin and its popularity, shared by the locales.
 */
export const productsIn = (trade: keyof typeof PRODUCTS, locale: DemoLocale): ProductCategory[] =>
	PRODUCTS[trade].map((row) => {
		const [zh, en, yuan, pounds, margin, weight] = row as [string, string, ...number[]];
		return locale === 'zh'
			? consumerProduct(zh, yuan, margin, weight)
			: consumerProduct(en, pounds, margin, weight);
	});

const words = (text: string): string[] => text.trim().split(/\s+/);

// Smaller cities are appended after each region's big ones, so they get fewer customers.
const ZH_MORE_CITIES: Record<string, string[]> = {
	华东: words('无锡 金华 台州 扬州 芜湖 湖州'),
	华南: words('珠海 湛江 桂林'),
	华北: words('保定 唐山'),
	华中: words('洛阳 宜昌 岳阳'),
	西南: words('绵阳 遵义'),
	西北: words('宝鸡'),
	东北: words('吉林 鞍山')
};

const ZH_TIERS: [string, string[]][] = [
	['一线', words('上海 北京 广州 深圳')],
	[
		'新一线',
		words('杭州 成都 重庆 武汉 西安 苏州 南京 天津 长沙 郑州 东莞 青岛 沈阳 宁波 昆明 合肥 佛山')
	],
	['二线', words('厦门 福州 济南 温州 大连 哈尔滨 长春 石家庄 南宁 贵阳 南昌 太原 无锡 珠海')],
	['三线及以下', []]
];

const EN_TIERS: [string, string[]][] = [
	['Tier 1', ['London']],
	['Tier 2', words('Birmingham Manchester Leeds Liverpool Newcastle Sheffield Bristol')],
	['Tier 3', []]
];

/** The retail shop's word lists over the base lists of a locale. */
export function retailLists(base: LocaleLists): LocaleLists {
	const zh = base.locale === 'zh';
	return {
		...base,
		trade: RETAIL_TRADE,
		regions: zh
			? base.regions.map((region) => ({
					...region,
					cities: [...region.cities, ...(ZH_MORE_CITIES[region.name] ?? [])]
				}))
			: base.regions,
		channels: zh ? ['线上商城', '门店', '社群团购'] : ['online', 'in store', 'social selling'],
		products: productsIn('retail', base.locale)
	};
}

/** Column names of the retail shop's own fields. */
export const RETAIL_FIELDS: Record<DemoLocale, { cityTier: string; membership: string }> = {
	zh: { cityTier: '城市等级', membership: '会员等级' },
	en: { cityTier: 'City tier', membership: 'Membership' }
};

// Membership by total spend over the history, in yuan (scaled for pounds).
const MEMBERSHIP_SPEND = [10_000, 3_000, 800];
const MEMBERSHIP: Record<DemoLocale, string[]> = {
	zh: ['钻石会员', '金卡会员', '银卡会员', '普通会员'],
	en: ['Platinum', 'Gold', 'Silver', 'Basic']
};

/** City tier and membership level on every record. */
export const decorateRetail: Decorate = ({ customers, stats, lists }) => {
	const locale = lists.locale;
	const tiers = locale === 'zh' ? ZH_TIERS : EN_TIERS;
	const thresholds = MEMBERSHIP_SPEND.map((yuan) => yuan * lists.currencyScale);
	customers.forEach((customer, i) => {
		const city = customer.city ?? '';
		const tier = tiers.find(([, cities]) => cities.includes(city)) ?? tiers[tiers.length - 1];
		setCustom(customer, RETAIL_FIELDS[locale].cityTier, tier[0]);
		const spent = stats[i].okAmount;
		setCustom(
			customer,
			RETAIL_FIELDS[locale].membership,
			tierOf(spent, thresholds, MEMBERSHIP[locale])
		);
	});
};
