/**
 * The seed checklists of the product brief ("Strategy templates"), in both languages. A seeded
 * item keeps a reference to its template action in its id (`tpl:<template>:<n>`), so while its
 * text is untouched it is shown in the interface language, whichever language seeded it.
 */

import type { StrategyItem } from '../model';

export const TEMPLATE_IDS = [
	'top-value',
	'middle-value',
	'low-value',
	'new',
	'prospects',
	'at-risk',
	'churned',
	'high-credit-risk',
	'loyal'
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type Language = 'en' | 'zh';

/** A text in both interface languages. */
export interface Bilingual {
	en: string;
	zh: string;
}

export interface StrategyTemplate {
	id: TemplateId;
	name: Bilingual;
	actions: Bilingual[];
}

const a = (en: string, zh: string): Bilingual => ({ en, zh });

/** The brief's table, row by row. */
export const STRATEGY_TEMPLATES: Record<TemplateId, StrategyTemplate> = {
	'top-value': {
		id: 'top-value',
		name: a('Top value / champions', '高价值 / 冠军客户'),
		actions: [
			a('Assign a dedicated contact person', '指定专属联系人'),
			a('Give priority service', '提供优先服务'),
			a('Offer early access and exclusive events', '提供新品抢先体验和专属活动'),
			a('Send a referral invitation', '发出推荐邀请'),
			a('Ask for a review', '邀请客户写评价')
		]
	},
	'middle-value': {
		id: 'middle-value',
		name: a('Middle value', '中等价值'),
		actions: [
			a('Send targeted discounts', '发送定向优惠'),
			a('Invite to points or membership', '邀请加入积分或会员'),
			a('Offer bundles and cross-sell', '推出组合套餐和交叉销售'),
			a('Give personalised recommendations', '提供个性化推荐')
		]
	},
	'low-value': {
		id: 'low-value',
		name: a('Low value', '低价值'),
		actions: [
			a('Serve with low-cost standard service and self-service', '提供低成本的标准服务和自助服务'),
			a('Review the cost to serve', '复核服务成本'),
			a('Make offers that move them up a tier', '推出帮助客户升级的优惠')
		]
	},
	new: {
		id: 'new',
		name: a('New', '新客户'),
		actions: [
			a('Send a welcome sequence', '发送欢迎系列消息'),
			a('Give an incentive for the second purchase', '提供第二次购买的激励'),
			a('Learn their preferences', '了解客户偏好')
		]
	},
	prospects: {
		id: 'prospects',
		name: a('Prospects', '潜在客户'),
		actions: [
			a('Share useful content', '分享有用的内容'),
			a('Offer a trial or sample', '提供试用或样品'),
			a('Schedule a follow-up', '安排跟进')
		]
	},
	'at-risk': {
		id: 'at-risk',
		name: a('At risk / lapsing', '流失风险 / 沉睡'),
		actions: [
			a('Make a win-back offer', '提供挽回优惠'),
			a('Check their satisfaction', '回访满意度'),
			a('Personal call from the owner', '负责人亲自致电')
		]
	},
	churned: {
		id: 'churned',
		name: a('Churned', '已流失'),
		actions: [
			a('Try a low-cost reactivation', '尝试低成本的重新激活'),
			a('Send an exit survey', '发送流失原因调查'),
			a('Decide when to stop spending on them', '决定何时停止投入')
		]
	},
	'high-credit-risk': {
		id: 'high-credit-risk',
		name: a('High credit risk', '高信用风险'),
		actions: [
			a('Ask for prepayment or a deposit', '要求预付款或定金'),
			a('Review the credit limit', '复核信用额度'),
			a('Follow up on collection', '跟进催收')
		]
	},
	loyal: {
		id: 'loyal',
		name: a('Loyal', '忠诚客户'),
		actions: [
			a('Recognise their loyalty', '表彰客户的忠诚'),
			a('Invite them into a community', '邀请加入客户社群'),
			a('Reward referrals', '奖励推荐')
		]
	}
};

const ITEM_PREFIX = 'tpl:';

/** The id of a template action when seeded: `tpl:<template>:<n>`. */
export function templateItemId(templateId: TemplateId, action: number): string {
	return `${ITEM_PREFIX}${templateId}:${action}`;
}

/** The template action an item was seeded from, or undefined for an item the user added. */
export function templateActionOf(item: Pick<StrategyItem, 'id'>): Bilingual | undefined {
	if (!item.id.startsWith(ITEM_PREFIX)) return undefined;
	const [templateId, action] = item.id.slice(ITEM_PREFIX.length).split(':');
	const template = STRATEGY_TEMPLATES[templateId as TemplateId] as StrategyTemplate | undefined;
	return template?.actions[Number(action)];
}

/** The template's actions as fresh, open checklist items in `language`. */
export function seedItems(templateId: TemplateId, language: Language): StrategyItem[] {
	return STRATEGY_TEMPLATES[templateId].actions.map((action, n) => ({
		id: templateItemId(templateId, n),
		text: action[language],
		done: false
	}));
}

/**
 * The text to show for an item: a seeded action whose text is still the template's (in either
 * language) follows the interface language; an edited or added item shows as written.
 */
export function itemText(item: Pick<StrategyItem, 'id' | 'text'>, language: Language): string {
	const action = templateActionOf(item);
	if (action && (item.text === action.en || item.text === action.zh)) return action[language];
	return item.text;
}
