/**
 * Texts for the CLV results in Chinese and English, by message code with `{name}` placeholders,
 * so the interface can explain fits, flags and intention factors in the user's language. They
 * are read through the one lookup, `translate(locale, \`clv.${code}\`, params)` (i18n), which
 * puts a `unit` of 'day' or 'week' into words.
 */

import type { ChoiceReason } from './compare';
import type { DegeneracyReason } from './degeneracy';
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
	| 'intention.complaints'
	| 'intention.modelUnavailable'
	| `degenerate.${DegeneracyReason}`
	| `choice.${ChoiceReason}`;

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
	'intention.complaints': '{count} recent complaint(s).',
	'intention.modelUnavailable':
		'Not counted: the purchase model cannot say anything reliable about single customers on these data.',
	'degenerate.not-converged':
		'The model could not be fitted to these data, so it predicts nothing per customer.',
	'degenerate.at-bound':
		'A model parameter ran to its limit: the data cannot pin the model down, so per-customer predictions are not shown.',
	'degenerate.few-repeat-customers':
		'Only {repeatCustomers} customers bought more than once; at least {minRepeatCustomers} are needed to predict single customers.',
	'degenerate.no-dropout':
		'The model sees almost nobody stop buying, so it would call every customer active — including long-silent ones. Activity and value per customer are not predicted.',
	'degenerate.everyone-drops-out':
		'The model sees almost every customer leave after each purchase, so it cannot tell who stays.',
	'choice.lowest-error':
		'{model} predicted the hold-out purchases of single customers best (mean error {error} against {runnerUpError} for {runnerUp}).',
	'choice.tie-total-error':
		'{model} and {runnerUp} predicted single customers about equally well ({error} and {runnerUpError}); {model} came closer to the total.',
	'choice.others-degenerate':
		'{model} is the best of the models that can predict single customers here (mean error {error}); the others could not be trusted on these data.',
	'choice.none-usable':
		'None of the models can predict single customers on these data; {model} had the smallest error ({error}), shown for reference only.',
	'choice.highest-likelihood':
		'There is no hold-out period to compare on; {model} fits the purchase history best.',
	'choice.requested': '{model} was chosen by you.'
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
	'intention.complaints': '近期有 {count} 次投诉。',
	'intention.modelUnavailable': '未计入：在这些数据上，购买模型无法对单个客户作出可靠判断。',
	'degenerate.not-converged': '模型无法拟合这些数据，因此不对单个客户作预测。',
	'degenerate.at-bound': '有模型参数达到上下限：数据不足以确定模型，因此不显示单个客户的预测。',
	'degenerate.few-repeat-customers':
		'只有 {repeatCustomers} 位客户购买过两次及以上；预测单个客户至少需要 {minRepeatCustomers} 位。',
	'degenerate.no-dropout':
		'模型几乎看不到客户流失，会把每位客户（包括久未购买的）都判为活跃。因此不预测单个客户的活跃度和价值。',
	'degenerate.everyone-drops-out': '模型认为几乎每位客户每次购买后都会流失，无法区分谁会留下。',
	'choice.lowest-error':
		'{model} 对单个客户在验证期的购买预测最准（平均误差 {error}，{runnerUp} 为 {runnerUpError}）。',
	'choice.tie-total-error':
		'{model} 与 {runnerUp} 对单个客户的预测同样准确（{error} 与 {runnerUpError}）；{model} 的总量更接近实际。',
	'choice.others-degenerate':
		'在这些数据上能预测单个客户的模型中，{model} 最准（平均误差 {error}）；其他模型不可信。',
	'choice.none-usable':
		'在这些数据上没有模型能可靠预测单个客户；{model} 误差最小（{error}），仅供参考。',
	'choice.highest-likelihood': '没有可用于比较的验证期；{model} 对购买历史的拟合最好。',
	'choice.requested': '{model} 由您选定。'
};

/** Every message code's text in each locale. */
export const CLV_MESSAGES: Record<ClvLocale, Record<ClvMessageCode, string>> = { zh: ZH, en: EN };
