import type { clusterRulesEn } from './cluster-rules.en';

/** 简体中文（聚类规则），合并到 zh.ts。键与 cluster-rules.en.ts 相同。 */
export const clusterRulesZh: Record<keyof typeof clusterRulesEn, string> = {
	'clusterRules.title': '第 7 步 · 把聚类变成规则',
	'clusterRules.intro':
		'门店员工无法套用一个簇中心，但可以执行一条规则。这里用一棵浅层决策树（最多 {depth} 层，每个叶子至少 {minLeaf} 位客户）根据指标的原始数值（金额以 {currency} 计、天数、次数）推回每位客户所属的簇；每个簇最多保留三条规则。一致率是规则与 k 均值把客户归入同一簇的比例。',
	'clusterRules.working': '正在拟合决策树…',
	'clusterRules.noMeasures': '规则由指标得出：请在特征中至少选择一个指标（文本列不用于规则）。',
	'clusterRules.textLeftOut': '文本列不用于规则。',
	'clusterRules.overall':
		'总体一致率 {share}：规则把 {total} 位客户中的 {agreeing} 位归入其 k 均值簇；{unmatched} 位不符合任何规则，归入“其他”。',
	'clusterRules.fidelity': '一致率 {share}',
	'clusterRules.clusterSize': '本簇 {size} 位客户',
	'clusterRules.ruleCount': '符合 {customers} 位，其中 {agreeing} 位属于本簇',
	'clusterRules.none':
		'决策树中没有代表这个簇的叶子，因此它没有规则：其客户会落入其他规则或“其他”。',
	'clusterRules.and': ' 且 ',
	'clusterRules.condition': '{field} {op} {value}',
	'clusterRules.condition.orders': '订单数 {op} {value}',
	'clusterRules.condition.recencyDays': '距最近一次购买 {op} {value} 天',
	'clusterRules.condition.tenureDays': '距首次购买 {op} {value} 天',
	'clusterRules.condition.medianGapDays': '订单间隔中位数 {op} {value} 天',
	'clusterRules.save.intro':
		'把上面的规则逐条保存为一组有序的自定义规则，最后是“其他”，收纳不符合任何规则的客户。只有下过单的客户参与了聚类，所以每条保存的规则还要求订单数 ≥ 1（没有订单的客户归入“其他”）。保存后可在“客户细分”页继续编辑。',
	'clusterRules.save.name': '规则组名称',
	'clusterRules.save.defaultName': '{k} 个簇的规则',
	'clusterRules.save.button': '保存为自定义规则',
	'clusterRules.save.saving': '正在保存规则组…',
	'clusterRules.save.done': '已保存为规则组“{name}”：各规则客户数 {counts}，“其他” {others} 位。',
	'clusterRules.save.open': '到“客户细分”页查看',
	'clusterRules.ruleName': '{cluster}（{n}）'
};
