import type { layoutEn } from './layout.en';

/** 简体中文（应用框架：页面标题、导航的步骤标签），合并到 zh.ts。键与 layout.en.ts 相同。 */
export const layoutZh: Record<keyof typeof layoutEn, string> = {
	'nav.steps': '第 {from}–{to} 步',
	'title.profile': '客户档案',
	'value.modelDetails': '模型细节：参数与拟合',
	'value.notConverged': '有一个模型的估计没有收敛：请谨慎看待这些数字（见模型细节）。',
	'clusters.features.standardiseHow': '尺度如何计算',
	'clusters.features.standardiseDetails':
		'每个指标减去均值，再除以标准差（总体标准差，即除以 n，与 scikit-learn 的 StandardScaler 相同）。',
	'segments.refundsOnly': '只有退款，没有计入的购买',
	'explorer.list.filtersHint': '按细分群或任一字段筛选；选择列和排序',
	'title.page': '{screen} · {app}'
};
