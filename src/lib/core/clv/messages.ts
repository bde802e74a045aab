/**
 * Texts for the CLV results in Chinese and English, by message code with `{name}` placeholders,
 * so the interface can explain fits, flags and intention factors in the user's language. They
 * are read through the one lookup, `translate(locale, \`clv.${code}\`, params)` (i18n), which
 * puts a `unit` of 'day' or 'week' into words.
 */

import type { FitReason } from './fitting';

export type ClvLocale = 'zh' | 'en';

export type ClvMessageCode =
	| `fit.${FitReason}`
	| 'value.population'
	| 'alive.noRepeat'
	| 'intention.active'
	| 'intention.inactive'
	| 'intention.noRepeat'
	| 'intention.purchasesAbove'
	| 'intention.purchasesBelow'
	| 'intention.satisfied'
	| 'intention.dissatisfied'
	| 'intention.complaints';

/** Message parameters; a `unit` of 'day' or 'week' is put into words for the locale. */
export type ClvMessageParams = Record<string, string | number>;

const EN: Record<ClvMessageCode, string> = {
	'fit.converged': 'The model was fitted (the estimate converged).',
	'fit.no-customers': 'There are no customers with a purchase in the calibration period.',
	'fit.no-repeat-customers':
		'No customer bought more than once, so repeat buying cannot be estimated.',
	'fit.too-few-customers': 'Too few customers with repeat purchases to estimate the model.',
	'fit.max-iterations': 'The estimate did not converge within the iteration limit.',
	'fit.line-search-failed': 'The estimate stopped before converging (no further improvement).',
	'fit.not-finite': 'The likelihood could not be computed for these data.',
	'fit.at-bound':
		'A parameter ran to its limit: the data cannot pin the model down (for example, nobody seems to stop buying).',
	'fit.mean-spend-undefined':
		'Spend varies too much between customers for an average spend to be defined (q ≤ 1).',
	'value.population':
		'No repeat purchase with a value yet: the expected order value is the average of all customers.',
	'alive.noRepeat':
		'No repeat purchase yet: the model treats the customer as active by construction (it can only lose customers after a repeat purchase); the expected purchases carry the signal.',
	'intention.active': 'Probably still a customer (P(alive) {percent}%).',
	'intention.inactive': 'Probably no longer buying (P(alive) {percent}%).',
	'intention.noRepeat':
		'No repeat purchase yet, counted as active by the model (P(alive) {percent}%).',
	'intention.purchasesAbove':
		'Expected {expected} purchases in the next {horizon} {unit}, above the average of {average}.',
	'intention.purchasesBelow':
		'Expected {expected} purchases in the next {horizon} {unit}, below the average of {average}.',
	'intention.satisfied': 'Recent satisfaction {satisfaction} out of 5.',
	'intention.dissatisfied': 'Recent satisfaction only {satisfaction} out of 5.',
	'intention.complaints': '{count} recent complaint(s).'
};

const ZH: Record<ClvMessageCode, string> = {
	'fit.converged': '模型已拟合（估计已收敛）。',
	'fit.no-customers': '校准期内没有任何有购买记录的客户。',
	'fit.no-repeat-customers': '没有客户购买过两次及以上，无法估计重复购买。',
	'fit.too-few-customers': '有重复购买的客户太少，无法估计模型。',
	'fit.max-iterations': '估计在迭代次数上限内未收敛。',
	'fit.line-search-failed': '估计在收敛前停止（无法继续改进）。',
	'fit.not-finite': '这些数据无法计算似然值。',
	'fit.at-bound': '有参数达到上下限：数据不足以确定模型（例如看起来没有客户流失）。',
	'fit.mean-spend-undefined': '客户之间的消费差异过大，平均客单价无定义（q ≤ 1）。',
	'value.population': '尚无有金额的重复购买：预期客单价取全体客户的平均值。',
	'alive.noRepeat':
		'尚无重复购买：按模型的设定视为仍活跃（模型只在重复购买之后才会判定客户流失），应主要参考预期购买次数。',
	'intention.active': '很可能仍是活跃客户（活跃概率 {percent}%）。',
	'intention.inactive': '很可能已不再购买（活跃概率 {percent}%）。',
	'intention.noRepeat': '尚无重复购买，模型视为活跃（活跃概率 {percent}%）。',
	'intention.purchasesAbove':
		'未来 {horizon} {unit}内预计购买 {expected} 次，高于平均的 {average} 次。',
	'intention.purchasesBelow':
		'未来 {horizon} {unit}内预计购买 {expected} 次，低于平均的 {average} 次。',
	'intention.satisfied': '近期满意度 {satisfaction} 分（满分 5 分）。',
	'intention.dissatisfied': '近期满意度仅 {satisfaction} 分（满分 5 分）。',
	'intention.complaints': '近期有 {count} 次投诉。'
};

/** Every message code's text in each locale. */
export const CLV_MESSAGES: Record<ClvLocale, Record<ClvMessageCode, string>> = { zh: ZH, en: EN };
