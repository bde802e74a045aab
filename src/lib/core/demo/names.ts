/**
 * Word lists for the demo business, per locale: a retailer/distributor selling to consumers and
 * small businesses. 'zh' is a Chinese firm (amounts in yuan), 'en' a British one (pounds).
 */

import type { TradeParams } from './behaviour';
import type { TradeCalendar } from './calendar';
import type { NoteTopic } from './notes';

export type DemoLocale = 'zh' | 'en';

/** Channels in a fixed order; customer records carry the locale's label. */
export const CHANNEL = { online: 0, offline: 1, agent: 2 } as const;
export type ChannelKind = (typeof CHANNEL)[keyof typeof CHANNEL];

export interface RegionList {
	name: string;
	/** Share of the customer base. */
	weight: number;
	/** Cities, biggest first. */
	cities: readonly string[];
}

export interface ProductCategory {
	name: string;
	/** Typical unit price in the locale's currency. */
	unitPrice: number;
	/** Typical gross margin (share of the amount). */
	margin: number;
	/** Relative popularity with consumers and with business accounts. */
	consumerWeight: number;
	businessWeight: number;
}

export interface IndustryEntry {
	name: string;
	weight: number;
	/** Company-name endings for this trade. */
	suffixes: readonly string[];
	/** Category names bought more than usual by this trade. */
	favours: readonly string[];
}

export interface LocaleLists {
	locale: DemoLocale;
	/** Currency units per yuan, to scale the yuan-based amount parameters. */
	currencyScale: number;
	surnames: readonly string[];
	maleGiven: readonly string[];
	femaleGiven: readonly string[];
	/** Company-name stems ('恒达', 'Harbour'). */
	companyStems: readonly string[];
	regions: readonly RegionList[];
	industries: readonly IndustryEntry[];
	/** Labels for CHANNEL.online, .offline, .agent. */
	channels: readonly [string, string, string];
	/** Labels for male, female. */
	genders: readonly [string, string];
	incomeBands: readonly string[];
	products: readonly ProductCategory[];
	/** Salespeople, each with the regions (indices) they mostly cover. */
	owners: readonly { name: string; regions: readonly number[] }[];
	emailDomains: readonly string[];
	/** How the trade's customers behave; absent for the mixed business of the original demo. */
	trade?: TradeParams;
	/** The trade's seasons and weekdays; absent: the shop calendar of the locale. */
	calendar?: TradeCalendar;
	/** Interaction notes replacing the generic ones, by topic. */
	notes?: Partial<Record<NoteTopic, readonly string[]>>;
}

/** Age bands shared by both locales. */
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;

/** The age band of an age in whole years. */
export function ageBandOf(age: number): string {
	if (age < 25) return AGE_BANDS[0];
	if (age < 35) return AGE_BANDS[1];
	if (age < 45) return AGE_BANDS[2];
	if (age < 55) return AGE_BANDS[3];
	return AGE_BANDS[4];
}

const words = (text: string): string[] => text.trim().split(/\s+/);

const ZH: LocaleLists = {
	locale: 'zh',
	currencyScale: 1,
	// Roughly in order of frequency; the generator favours the front of the list.
	surnames: words(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许
		韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪
		范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵
		万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 上官`),
	maleGiven: words(`伟 强 磊 军 洋 勇 杰 涛 明 超 斌 鹏 辉 刚 平 波 浩 宇 亮 飞 凯 健 俊 峰 鑫 帆
		建国 建华 志强 国华 国强 建军 海涛 文博 子轩 浩然 宇航 俊杰 志明 永刚 晓东 家豪 明辉 振华
		立新 天佑 博文 一鸣 思远 嘉诚 泽宇 子豪 德胜 卫东 红军 长江 少华 建平 金龙`),
	femaleGiven: words(`芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 琳 颖 洁 倩 慧 萍 红 梅 莉 丹 晶 璐 薇 蕾
		秀英 桂英 秀兰 玉兰 桂兰 欣怡 雨涵 梓涵 诗琪 佳怡 子涵 思彤 晓燕 丽娟 海燕 春梅 美玲 雅琴
		婉清 梦瑶 语嫣 心怡 晓婷 文静 慧敏 凤英 淑珍 小红 佳琪 若曦 一诺 紫萱 雅婷 宁宁`),
	companyStems:
		words(`恒达 瑞丰 鑫源 华信 宏图 金泰 永盛 嘉禾 天和 锦程 中联 博远 汇通 新锐 东方 盛世
		佳和 润发 德隆 众诚 合力 聚鑫 同创 鼎盛 安康 明德 仁和 百川 万象 云帆 华美 创意 星河 雅居
		福瑞 宏远 兴业 诚信 荣昌 金桥`),
	regions: [
		{
			name: '华东',
			weight: 42,
			cities: words('杭州 上海 宁波 苏州 南京 温州 合肥 济南 青岛 福州 厦门')
		},
		{ name: '华南', weight: 15, cities: words('广州 深圳 东莞 佛山 南宁 海口') },
		{ name: '华北', weight: 12, cities: words('北京 天津 石家庄 太原 呼和浩特') },
		{ name: '华中', weight: 11, cities: words('武汉 长沙 郑州 南昌') },
		{ name: '西南', weight: 9, cities: words('成都 重庆 昆明 贵阳') },
		{ name: '西北', weight: 5, cities: words('西安 兰州 银川 乌鲁木齐') },
		{ name: '东北', weight: 6, cities: words('沈阳 大连 哈尔滨 长春') }
	],
	industries: [
		{
			name: '零售',
			weight: 24,
			suffixes: ['商贸有限公司', '便利店', '百货商行'],
			favours: ['日用百货', '食品饮料']
		},
		{
			name: '餐饮',
			weight: 20,
			suffixes: ['餐饮管理有限公司', '酒楼', '茶餐厅'],
			favours: ['食品饮料', '厨房用具', '清洁用品']
		},
		{
			name: '制造',
			weight: 14,
			suffixes: ['机械制造有限公司', '电子有限公司'],
			favours: ['办公用品', '清洁用品']
		},
		{
			name: '教育',
			weight: 10,
			suffixes: ['培训学校', '教育科技有限公司'],
			favours: ['办公用品', '数码配件']
		},
		{
			name: '医疗',
			weight: 8,
			suffixes: ['诊所', '医疗器械有限公司'],
			favours: ['清洁用品', '办公用品']
		},
		{
			name: 'IT',
			weight: 10,
			suffixes: ['信息技术有限公司', '网络科技有限公司'],
			favours: ['数码配件', '办公用品', '茶叶']
		},
		{
			name: '酒店',
			weight: 8,
			suffixes: ['酒店', '宾馆'],
			favours: ['清洁用品', '日用百货', '茶叶']
		},
		{
			name: '物流',
			weight: 6,
			suffixes: ['物流有限公司', '供应链有限公司'],
			favours: ['办公用品', '日用百货']
		}
	],
	channels: ['线上', '线下', '代理'],
	genders: ['男', '女'],
	incomeBands: ['5千以下', '5千-1万', '1万-2万', '2万以上'],
	products: [
		{ name: '办公用品', unitPrice: 25, margin: 0.35, consumerWeight: 6, businessWeight: 22 },
		{ name: '日用百货', unitPrice: 30, margin: 0.3, consumerWeight: 24, businessWeight: 12 },
		{ name: '食品饮料', unitPrice: 40, margin: 0.22, consumerWeight: 22, businessWeight: 16 },
		{ name: '茶叶', unitPrice: 180, margin: 0.44, consumerWeight: 12, businessWeight: 8 },
		{ name: '家用电器', unitPrice: 600, margin: 0.21, consumerWeight: 9, businessWeight: 4 },
		{ name: '数码配件', unitPrice: 90, margin: 0.38, consumerWeight: 11, businessWeight: 10 },
		{ name: '清洁用品', unitPrice: 35, margin: 0.3, consumerWeight: 9, businessWeight: 18 },
		{ name: '厨房用具', unitPrice: 120, margin: 0.33, consumerWeight: 7, businessWeight: 10 }
	],
	owners: [
		{ name: '张伟', regions: [0] },
		{ name: '李娜', regions: [0, 1] },
		{ name: '王磊', regions: [1, 4] },
		{ name: '陈静', regions: [2, 6] },
		{ name: '刘洋', regions: [3, 5] }
	],
	emailDomains: ['example.com', 'example.net', 'example.org']
};

const EN: LocaleLists = {
	locale: 'en',
	currencyScale: 0.11,
	surnames: words(`Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright
		Thompson Evans Walker White Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner
		Martin Cooper Hill Ward Hughes Moore Clark King Harrison Lewis Baker Lee Allen Morris Khan
		Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell Bailey Carter Cook
		Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Hussain Marshall Simpson Price Anderson
		Adams Wilkinson Ali Ahmed Foster Ellis Murphy Chapman Mason Gray Richards Webb Griffiths Hunt
		Palmer Campbell Holmes Mills Rogers Barnes Knight Matthews Barker Powell Stevens Kaur Fisher`),
	maleGiven: words(`Oliver George Harry Jack Noah Charlie Jacob Thomas Oscar William James Leo Alfie
		Henry Joshua Freddie Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas
		Mohammed Logan Theo Harrison Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley Jake
		David John Paul Mark Andrew Richard Christopher Stephen Michael Peter Ian Gary Simon Neil`),
	femaleGiven: words(`Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella
		Sophie Ivy Freya Harper Willow Charlotte Jessica Rosie Daisy Alice Florence Chloe Matilda
		Phoebe Sienna Evelyn Ruby Sarah Emma Laura Rebecca Hannah Claire Helen Karen Susan Julie
		Rachel Nicola Amanda Joanne Lisa Michelle Priya Aisha Fatima Zara`),
	companyStems:
		words(`Harbour Oakfield Brightline Northgate Riverside Kingsway Meadow Ashford Castle
		Beacon Highfield Parkside Redbrick Silverdale Thornbury Westbrook Elmwood Greystone Lakeside
		Millbrook Summit Crown Station Victoria Abbey Orchard Willow Foxley Bridgewater Granite`),
	regions: [
		{ name: 'London', weight: 22, cities: ['London'] },
		{ name: 'South', weight: 20, cities: words('Brighton Southampton Reading Oxford Portsmouth') },
		{
			name: 'Central',
			weight: 18,
			cities: words('Birmingham Nottingham Leicester Coventry Derby')
		},
		{
			name: 'North',
			weight: 20,
			cities: words('Manchester Leeds Liverpool Newcastle Sheffield York')
		},
		{ name: 'East', weight: 8, cities: words('Cambridge Norwich Ipswich Colchester') },
		{ name: 'West', weight: 12, cities: words('Bristol Cardiff Exeter Plymouth Bath') }
	],
	industries: [
		{
			name: 'Retail',
			weight: 24,
			suffixes: ['Stores Ltd', 'Trading Ltd', 'Convenience'],
			favours: ['Household goods', 'Food & drink']
		},
		{
			name: 'Hospitality',
			weight: 20,
			suffixes: ['Catering Ltd', 'Café', 'Kitchen & Bar'],
			favours: ['Food & drink', 'Kitchenware', 'Cleaning products']
		},
		{
			name: 'Manufacturing',
			weight: 14,
			suffixes: ['Engineering Ltd', 'Manufacturing Ltd'],
			favours: ['Office supplies', 'Cleaning products']
		},
		{
			name: 'Education',
			weight: 10,
			suffixes: ['Academy', 'Learning Centre'],
			favours: ['Office supplies', 'Electronics accessories']
		},
		{
			name: 'Healthcare',
			weight: 8,
			suffixes: ['Dental Practice', 'Medical Centre'],
			favours: ['Cleaning products', 'Office supplies']
		},
		{
			name: 'IT',
			weight: 10,
			suffixes: ['IT Services', 'Digital Ltd'],
			favours: ['Electronics accessories', 'Office supplies', 'Tea & coffee']
		},
		{
			name: 'Hotels',
			weight: 8,
			suffixes: ['Hotel', 'Guest House'],
			favours: ['Cleaning products', 'Household goods', 'Tea & coffee']
		},
		{
			name: 'Logistics',
			weight: 6,
			suffixes: ['Logistics Ltd', 'Freight Ltd'],
			favours: ['Office supplies', 'Household goods']
		}
	],
	channels: ['online', 'offline', 'agent'],
	genders: ['male', 'female'],
	incomeBands: ['<£20k', '£20k-40k', '£40k-70k', '£70k+'],
	products: [
		{ name: 'Office supplies', unitPrice: 3, margin: 0.35, consumerWeight: 6, businessWeight: 22 },
		{ name: 'Household goods', unitPrice: 4, margin: 0.3, consumerWeight: 24, businessWeight: 12 },
		{ name: 'Food & drink', unitPrice: 5, margin: 0.22, consumerWeight: 22, businessWeight: 16 },
		{ name: 'Tea & coffee', unitPrice: 9, margin: 0.44, consumerWeight: 12, businessWeight: 8 },
		{ name: 'Small appliances', unitPrice: 60, margin: 0.21, consumerWeight: 9, businessWeight: 4 },
		{
			name: 'Electronics accessories',
			unitPrice: 12,
			margin: 0.38,
			consumerWeight: 11,
			businessWeight: 10
		},
		{ name: 'Cleaning products', unitPrice: 4, margin: 0.3, consumerWeight: 9, businessWeight: 18 },
		{ name: 'Kitchenware', unitPrice: 15, margin: 0.33, consumerWeight: 7, businessWeight: 10 }
	],
	owners: [
		{ name: 'Sarah Mitchell', regions: [0] },
		{ name: 'James Carter', regions: [0, 1] },
		{ name: 'Priya Shah', regions: [2, 4] },
		{ name: 'Tom Walsh', regions: [3] },
		{ name: 'Megan Price', regions: [5, 1] }
	],
	emailDomains: ['example.com', 'example.net', 'example.org']
};

/** The word lists of a locale. */
export function listsFor(locale: DemoLocale): LocaleLists {
	return locale === 'en' ? EN : ZH;
}

/** The locale whose channel, gender or product labels a value belongs to, if any. */
export function localeOfLabel(value: string): DemoLocale | undefined {
	for (const lists of [ZH, EN]) {
		if (lists.channels.includes(value) || lists.genders.includes(value)) return lists.locale;
		if (lists.products.some((product) => product.name === value)) return lists.locale;
	}
	return undefined;
}
