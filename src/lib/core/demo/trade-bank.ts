/**
 * A bank branch: private clients of four kinds (salary earners, wealth clients, retirees, small
 * business owners) buying deposits, wealth products, funds and insurance; products held, financial
 * assets and client tier as custom columns, an investor risk grade, and loans for some.
 */

import { partsFromDay } from '../days';
import type { Customer, DayNumber } from '../model';
import type { Random } from '../random';
import { ARCHETYPES, MIXED_TRADE, type ArchetypeSpec, type TradeParams } from './behaviour';
import type { TradeCalendar } from './calendar';
import type { DemoLocale, LocaleLists, RegionList } from './names';
import { consumersOnly, persona, productsIn, withTrade } from './trade-retail';
import { setAge, setCustom, tierOf, type Decorate } from './trade-records';
import { BANK_NOTES } from './trade-notes';

const clients = (
	spec: ArchetypeSpec,
	share: number,
	rate: number,
	amount: number,
	preExisting: number
): ArchetypeSpec => ({ ...consumersOnly(spec, share, rate, amount), preExisting });

const A = ARCHETYPES;
export const BANK_TRADE: TradeParams = {
	...MIXED_TRADE,
	// share, transactions per year, median amount in yuan, share already clients before
	archetypes: {
		champion: clients(A.champion, 0.06, 14, 60_000, 0.9),
		regular: clients(A.regular, 0.24, 6, 30_000, 0.85),
		occasional: clients(A.occasional, 0.2, 2, 20_000, 0.7),
		new: clients(A.new, 0.08, 5, 20_000, 0),
		lapsing: clients(A.lapsing, 0.12, 4, 25_000, 0.8),
		churned: clients(A.churned, 0.1, 3, 20_000, 0.85),
		oneTime: clients(A.oneTime, 0.12, 0, 15_000, 0),
		prospect: clients(A.prospect, 0.08, 0, 0, 0)
	},
	incomeSpend: [0.5, 0.9, 1.5, 3],
	// id, names, share, spend and rate multipliers, channel mix, workdays, favoured products.
	// Product indices (see the lists): 0 deposit, 1 wealth, 2 fund, 3 insurance, 4 bonds,
	// 5 gold, 6 currency, 7 card instalments.
	personas: [
		persona('salary', '工薪客户', 'Salary earner', 0.45, 0.8, 1, [70, 25, 5], false, [2, 7]),
		persona('wealth', '财富客户', 'Wealth client', 0.15, 3, 1.2, [25, 25, 50], false, [1, 3, 5]),
		persona('retiree', '退休客户', 'Retiree', 0.25, 1, 0.8, [15, 75, 10], true, [0, 4]),
		persona(
			'business',
			'个体工商户',
			'Small business owner',
			0.15,
			1.5,
			1.5,
			[50, 35, 15],
			true,
			[0, 6]
		)
	]
};

// Relative activity per month (January first): the new-year sales drive ('开门红') and
// quarter ends in China; the ISA season before the tax year ends in April in Britain.
const ZH_MONTH = [1.5, 1.2, 1.3, 0.9, 0.9, 1.1, 0.8, 0.8, 1, 0.8, 0.9, 1];
const EN_MONTH = [1.1, 1, 1.5, 1.5, 0.9, 0.9, 0.8, 0.8, 0.9, 0.9, 0.9, 0.8];

/** How busy the branch is on a day: month, and the last ten days of a quarter in China. */
function bankSeason(day: DayNumber, locale: DemoLocale): number {
	const { month, day: dayOfMonth } = partsFromDay(day);
	if (locale === 'en') return EN_MONTH[month - 1];
	const quarterEnd = month % 3 === 0 && dayOfMonth > 20;
	return ZH_MONTH[month - 1] * (quarterEnd ? 1.3 : 1);
}

export const BANK_CALENDAR: TradeCalendar = {
	season: bankSeason,
	// Sunday first: branches are quiet at weekends, the app is not.
	consumerWeekday: [0.6, 1.15, 1.1, 1.1, 1.1, 1.2, 0.75],
	businessWeekday: [0.1, 1.3, 1.25, 1.25, 1.25, 1.25, 0.3]
};

const ZH_DISTRICTS: RegionList[] = [
	{ name: '西湖区', weight: 24, cities: ['杭州'] },
	{ name: '拱墅区', weight: 20, cities: ['杭州'] },
	{ name: '上城区', weight: 18, cities: ['杭州'] },
	{ name: '滨江区', weight: 14, cities: ['杭州'] },
	{ name: '余杭区', weight: 14, cities: ['杭州'] },
	{ name: '萧山区', weight: 10, cities: ['杭州'] }
];
const EN_DISTRICTS: RegionList[] = [
	{ name: 'City Centre', weight: 22, cities: ['Leeds'] },
	{ name: 'Headingley', weight: 20, cities: ['Leeds'] },
	{ name: 'Roundhay', weight: 16, cities: ['Leeds'] },
	{ name: 'Chapel Allerton', weight: 14, cities: ['Leeds'] },
	{ name: 'Horsforth', weight: 14, cities: ['Leeds'] },
	{ name: 'Morley', weight: 14, cities: ['Leeds'] }
];

/** The branch's word lists over the base lists of a locale. */
export function bankLists(base: LocaleLists): LocaleLists {
	const zh = base.locale === 'zh';
	return {
		...withTrade(base, BANK_TRADE, BANK_CALENDAR, BANK_NOTES),
		regions: zh ? ZH_DISTRICTS : EN_DISTRICTS,
		channels: zh
			? ['手机银行', '网点柜台', '客户经理']
			: ['mobile app', 'branch', 'relationship manager'],
		products: productsIn('bank', base.locale),
		owners: zh
			? [
					{ name: '周敏', regions: [0, 1] },
					{ name: '吴昊', regions: [2, 3] },
					{ name: '郑丽', regions: [4, 5] },
					{ name: '孙涛', regions: [0, 2, 4] }
				]
			: [
					{ name: 'Hannah Lee', regions: [0, 1] },
					{ name: 'Omar Shah', regions: [2, 3] },
					{ name: 'Ruth Evans', regions: [4, 5] },
					{ name: 'Dan Hughes', regions: [0, 2, 4] }
				]
	};
}

export interface BankFieldNames {
	kind: string;
	productCount: string;
	mainProduct: string;
	assets: string;
	tier: string;
	/** Yes/no columns for the products a CRM export flags. */
	flags: { column: string; product: number }[];
	yes: string;
	no: string;
}

/**
 * Field names from a locale's words: the five columns in the order of BankFieldNames, the flag
 * columns of products 1, 2 and 3 (wealth, fund, insurance), and yes and no.
 */
function bankFields(
	[kind, productCount, mainProduct, assets, tier]: readonly string[],
	flags: readonly string[],
	[yes, no]: readonly string[]
): BankFieldNames {
	const flagged = flags.map((column, i) => ({ column, product: i + 1 }));
	return { kind, productCount, mainProduct, assets, tier, flags: flagged, yes, no };
}

/** Column names of the branch's own fields. */
export const BANK_FIELDS: Record<DemoLocale, BankFieldNames> = {
	zh: bankFields(
		['客户类型', '持有产品数', '主要产品', '金融资产', '客户等级'],
		['持有理财', '持有基金', '持有保险'],
		['是', '否']
	),
	en: bankFields(
		['Client type', 'Products held', 'Main product', 'Financial assets', 'Client tier'],
		['Has investment plan', 'Has fund', 'Has insurance'],
		['yes', 'no']
	)
};

// Client tier by financial assets, in yuan (scaled for pounds): the usual retail-bank ladder.
const TIER_ASSETS = [6_000_000, 500_000, 50_000];
const TIERS: Record<DemoLocale, string[]> = {
	zh: ['私人银行', '白金卡', '金卡', '普通客户'],
	en: ['Private', 'Premier', 'Advance', 'Standard']
};
// Investor risk grades, cautious to adventurous.
const RISK_GRADES: Record<DemoLocale, string[]> = {
	zh: ['C1 保守型', 'C2 稳健型', 'C3 平衡型', 'C4 成长型', 'C5 进取型'],
	en: ['1 Cautious', '2 Moderate', '3 Balanced', '4 Growth', '5 Adventurous']
};
// Risk grade weights per persona (salary, wealth, retiree, business).
const RISK_WEIGHTS = [
	[10, 30, 35, 20, 5],
	[5, 20, 35, 28, 12],
	[35, 40, 20, 5, 0.5],
	[8, 25, 35, 24, 8]
];
// Chance of a loan or credit line per persona.
const LOAN_CHANCE = [0.3, 0.15, 0.05, 0.6];

/** A loan's limit, balance and repayment record; some are overdue. */
function loan(random: Random, lists: LocaleLists): Partial<Customer> {
	// Limits in steps of 10,000 yuan (1,000 pounds).
	const step = lists.locale === 'zh' ? 10_000 : 1_000;
	const creditLimit = random.int(3, 50) * step;
	const balanceOwed = Math.round(creditLimit * Math.min(1.05, random.next() * 1.1) * 100) / 100;
	const roll = random.next();
	// Most pay on time; a few fall behind a little, fewer a lot.
	const overdueDays = roll < 0.82 ? 0 : roll < 0.92 ? random.int(1, 30) : random.int(31, 200);
	const overdueCount = overdueDays === 0 ? (random.chance(0.15) ? 1 : 0) : random.int(1, 6);
	return { creditLimit, balanceOwed, overdueDays, overdueCount };
}

/** Products held, assets, tier, risk grade, client type, retirees' ages and loans. */
export const decorateBank: Decorate = ({
	customers,
	profiles,
	stats,
	products,
	lists,
	random,
	asOf
}) => {
	const names = BANK_FIELDS[lists.locale];
	const personas = BANK_TRADE.personas;
	const year = partsFromDay(asOf).year;
	const thresholds = TIER_ASSETS.map((yuan) => yuan * lists.currencyScale);
	customers.forEach((customer, i) => {
		const persona = Math.max(0, profiles[i].persona);
		setCustom(customer, names.kind, personas[persona][lists.locale]);
		if (personas[persona].id === 'retiree') setAge(customer, random, 60, 82, year);
		const held = products[i];
		setCustom(customer, names.productCount, held.size);
		let main = '';
		let most = 0;
		for (const [name, count] of held) {
			if (count > most) [main, most] = [name, count];
		}
		if (main) setCustom(customer, names.mainProduct, main);
		for (const flag of names.flags) {
			const has = held.has(lists.products[flag.product].name);
			setCustom(customer, flag.column, has ? names.yes : names.no);
		}
		// Assets kept with the bank: part of what was bought, less for those who have left.
		const recency = stats[i].lastDay < 0 ? Infinity : asOf - stats[i].lastDay;
		const kept = recency > 365 ? 0.1 : recency > 180 ? 0.5 : 1;
		const base = 2_000 * lists.currencyScale * Math.exp(random.normal(0, 1));
		const assets =
			Math.round((stats[i].okAmount * (0.5 + random.next()) * kept + base) / 100) * 100;
		setCustom(customer, names.assets, assets);
		setCustom(customer, names.tier, tierOf(assets, thresholds, TIERS[lists.locale]));
		const grade = random.weighted(RISK_GRADES[lists.locale], RISK_WEIGHTS[persona]);
		if (held.size > 0 || random.chance(0.5)) customer.riskGrade = grade;
		if (random.chance(LOAN_CHANCE[persona])) Object.assign(customer, loan(random, lists));
	});
};
