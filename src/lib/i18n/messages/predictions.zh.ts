/** 预测字段、模型选择与退化拟合的中文文本（合并进 zh.ts）。 */
import type { predictionsEn } from './predictions.en';

export const predictionsZh: Record<keyof typeof predictionsEn, string> = {
	'pred.model.bgnbd': 'BG/NBD',
	'pred.model.mbgnbd': 'MBG/NBD',
	'pred.model.pnbd': 'Pareto/NBD',
	'pred.model.auto': '自动（回测误差最小）',
	'pred.modelSetting': '模型',
	'pred.churnDays': '流失风险窗口（天）',
	'pred.used': '预测使用 {model}。',
	'pred.fitTitle': '{model} — 购买与流失',
	'pred.compare': '三个模型在验证期的表现',
	'pred.compareAsk':
		'用验证期之前的订单拟合 BG/NBD、MBG/NBD 和 Pareto/NBD，并将它们的预测与实际情况比较。在某些数据上 Pareto/NBD 可能需要一分钟或更久；可以随时取消。',
	'pred.compareRun': '比较三个模型',
	'pred.compareIntro':
		'每个模型都用截至 {from} 的订单拟合，再预测每位客户到 {to} 为止的购买次数。误差是各客户预测次数与实际次数之差的平均值：越小越好。',
	'pred.col.model': '模型',
	'pred.col.error': '每位客户的平均误差',
	'pred.col.predicted': '预测购买次数',
	'pred.col.actual': '实际购买次数',
	'pred.col.status': '单个客户的预测',
	'pred.status.usable': '可以',
	'pred.status.unusable': '不可以',
	'pred.chosen': '已选用',
	'pred.autoWould': '自动选择会选 {model}。',
	'pred.unusable.title': '这些数据无法预测单个客户',
	'pred.unusable.body':
		'{model} 已拟合，但它对单个客户的数字在这里没有意义，因此不显示仍是客户的概率、预期购买次数、CLV、流失风险、预计下次下单日期和消费等级（显示为“—”）。购买意愿评分只计入仍然可知的部分（满意度和投诉）。',
	'pred.unusable.details': '什么情况下不信任拟合结果？',
	'pred.unusable.rules':
		'以下情况不显示单个客户的预测：估计未收敛或有参数达到搜索上下限（距其数据尺度约 120 万倍）；每个模型参数对应的重复购买客户少于 10 位（这些四参数模型即少于 40 位）；模型几乎看不到流失（每次购买后的平均流失概率低于 0.5%、Pareto/NBD 在平均客户年龄内流失的概率低于 1%，或被判定已流失的重复购买客户少于 1%）；或几乎所有客户都会流失（每次购买后高于 99.5%）。',
	'pred.hidden': '—',
	'pred.hiddenWhy': '未预测：在这些数据上模型无法预测单个客户',
	'pred.listNote': '预测列显示“—”：在这些数据上购买模型无法预测单个客户（详见“客户价值”）。',
	'pred.exportNote': '出于同样的原因，导出文件中的预测列为空。',
	'pred.churnRisk': '流失风险（{days} 天内不下单）',
	'pred.nextOrder': '预计下次下单',
	'pred.nextOrderNone': '可能性不大',
	'pred.avgGap': '平均下单间隔（天）',
	'pred.spendTier': '预测消费等级（12 个月）',
	'pred.tier.3': '高',
	'pred.tier.2': '中',
	'pred.tier.1': '低',
	'pred.disagree':
		'生命周期规则把这位客户归为流失，因为其沉默时间超过了规则的固定上限；{model} 仍认为其有 {percent}% 的概率是客户，因为模型是按该客户平时的购买频率来衡量这段沉默的。',
	'measure.churnRisk': '流失风险（窗口内不下单，0–1）',
	'measure.nextOrderDay': '预计下次下单日期',
	'measure.avgDaysBetweenOrders': '平均下单间隔（天）',
	'measure.spendTier': '预测消费等级（3 高、2 中、1 低）'
};
