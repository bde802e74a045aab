import type { clustersEn } from './clusters.en';

/** 简体中文（clusters 页面），合并到 zh.ts。键与 clusters.en.ts 相同。 */
export const clustersZh: Record<keyof typeof clustersEn, string> = {
	'scheme.cluster': '聚类：{name}',
	'clusters.intro':
		'k 均值聚类把在所选指标上彼此相似的客户归为一组，事先不设任何规则：它展示的是数据本身包含的客户群。请自上而下操作：选择特征、比较不同的簇数、拟合、阅读各簇画像、检验稳定性，最后把结果保存为细分方案。',
	'clusters.noData': '聚类需要有订单的客户。请先加载示例数据，或导入您的客户和订单。',
	'clusters.step.features': '第 1 步 · 选择特征',
	'clusters.population':
		'参与聚类的是至少下过一单的 {clustered} 位客户。另有 {prospects} 位客户尚无订单，没有最近消费、频率和金额可比，因此不参与聚类；保存后他们单独归入“潜在客户”。',
	'clusters.features.measures': '指标',
	'clusters.features.measuresHint':
		'勾选用来比较客户的指标。“对数”会压缩少数特别大的数值（几个大客户），使其不至于主导结果；频率和金额类指标默认开启。',
	'clusters.features.log': '对数',
	'clusters.features.missing': '{count} 个缺失值，以中位数填补',
	'clusters.features.columns': '客户属性列',
	'clusters.features.columnsHint':
		'文本列按每个取值拆成一个 0/1 列（独热编码）。权重决定它相对于一个标准化指标的分量：1 大致相当，0.5 只算一半。',
	'clusters.features.weight': '权重',
	'clusters.features.weightOf': '{field}的权重',
	'clusters.features.levels': '{count} 个取值',
	'clusters.features.standardise':
		'聚类前每个指标都会换算到同一尺度上，天数、次数和金额的分量相当：+1 表示“比平均客户高一个标准差”。',
	'clusters.preview.caption': '特征矩阵：共 {rows} 行 × {cols} 列，显示前 {shown} 行',
	'clusters.preview.missing': '缺失',
	'clusters.preview.legend': '粗体：k 均值实际使用的数值（取对数并标准化之后）。小字：原始数值。',
	'clusters.preview.filled': '共有 {count} 个缺失值已用该指标的中位数填补。',
	'clusters.run.title': '重复次数与随机种子',
	'clusters.run.restarts': '每个 k 的重复次数',
	'clusters.run.seed': '随机种子',
	'clusters.run.hint':
		'k 均值从随机选取的初始中心（k-means++）出发，可能停在较差的解上；每次重复都重新开始，保留最好的一次（组内平方和最小）。相同的随机种子总是得到相同的簇。',
	'clusters.compare': '比较 k = 2 到 10',
	'clusters.compareHint': '在后台对 k = 2 到 10 分别做 k 均值聚类，期间页面照常可用。',
	'clusters.error.noFeatures': '请至少选择一个指标或属性列。',
	'clusters.error.tooFewRows': '有订单的客户太少，无法聚类。',
	'clusters.phase.sweep': '正在比较 k：已完成 {done}/{total}…',
	'clusters.phase.fit': '正在对全部客户做 k 均值聚类…',
	'clusters.phase.project': '正在投影到两条主轴上…',
	'clusters.phase.profile': '正在描述各簇…',
	'clusters.phase.stability': '正在检验稳定性：已完成 {done}/{total} 次重新拟合…',
	'clusters.step.k': '第 2 步 · 分成几簇？',
	'clusters.k.intro':
		'没有哪一个数字能证明 k 一定正确。下面并排列出四个衡量分组效果的指标；几个指标都认可的 k 是不错的起点。然后再想一想：这么多个客户群，您是否都能制定行动。',
	'clusters.k.inertia': '组内平方和（肘部法）',
	'clusters.k.inertiaHint': '簇内的离散程度，k 越大它越小。找出曲线开始变平的“肘部”。',
	'clusters.k.silhouette': '轮廓系数',
	'clusters.k.silhouetteHint': '客户离本簇比离最近的其他簇近多少（−1 到 1），越高越好。',
	'clusters.k.ch': 'Calinski-Harabasz 指数',
	'clusters.k.chHint': '簇间差异与簇内差异之比，越高越好。',
	'clusters.k.db': 'Davies-Bouldin 指数',
	'clusters.k.dbHint': '每个簇与最相似的簇重叠的程度，越低越好。',
	'clusters.k.allRows': '每个 k 都在全部 {rows} 位客户上拟合。',
	'clusters.k.sampledFit':
		'为了保持速度，每个 k 都在同一个随机样本（{rows} 位客户中的 {sample} 位）上拟合，随后在全部客户上计算各项指标。',
	'clusters.k.exactSilhouette': '轮廓系数为精确值。',
	'clusters.k.sampledSilhouette':
		'轮廓系数在 {sample} 位客户的随机样本上计算（它要比较每一对客户，全部计算太慢）。',
	'clusters.k.time': '用时 {seconds} 秒。',
	'clusters.k.table': '以表格查看全部数值',
	'clusters.k.sizes': '各簇人数',
	'clusters.k.suggested': '建议：k = {k}',
	'clusters.k.reason.best-silhouette':
		'k = {k} 的轮廓系数最高（{score}）：客户最清楚地落在各自的簇中。',
	'clusters.k.reason.silhouette-tie-smaller-k':
		'k = {k} 的轮廓系数（{score}）与最高值相差不到 0.01；在几乎相同的选择中建议取最小的 k，因为客户群越少越容易落实行动。',
	'clusters.k.reason.no-silhouette':
		'无法计算轮廓系数（彼此不同的客户太少），因此建议取最小的 k，即 {k}。',
	'clusters.k.structure.strong': '轮廓系数高于 0.70，说明结构很强：各组之间界限分明。',
	'clusters.k.structure.reasonable':
		'轮廓系数在 0.50 到 0.70 之间，说明结构合理：这些组确实存在，但有部分客户介于两组之间。',
	'clusters.k.structure.weak':
		'轮廓系数在 0.25 到 0.50 之间，说明结构较弱：各组有重叠。它们仍可用于规划行动，只是边界比较模糊——客户数据通常都是这样。',
	'clusters.k.structure.none':
		'轮廓系数不超过 0.25，说明没有明显结构：客户更像一个连续体而不是分明的群体。请把这些簇当作切片，而不是天然的客户群。',
	'clusters.k.others':
		'另外两个指标：Calinski-Harabasz 指数在 k = {ch} 时最高，Davies-Bouldin 指数在 k = {db} 时最低。指标意见不一致时，请比较这几个 k 的各簇画像，选择您能据以行动的那个。',
	'clusters.k.othersAgree':
		'Calinski-Harabasz 指数（k = {ch} 时最高）和 Davies-Bouldin 指数（k = {db} 时最低）也支持这一选择。',
	'clusters.k.pick': '簇数 k',
	'clusters.k.pickHint': '★ 表示建议的 k。选择其他 k 会立即重新拟合。',
	'clusters.step.view': '第 3 步 · {k} 个簇的分布图',
	'clusters.fit.summary':
		'k = {k}，在全部 {rows} 位客户上拟合，重复 {restarts} 次（随机种子 {seed}）；组内平方和 {inertia}；用时 {seconds} 秒。',
	'clusters.fit.sampled':
		'k = {k}：在 {sample} 位客户的随机样本上重复 {restarts} 次（随机种子 {seed}），再把最好的一次在全部 {rows} 位客户上细化；组内平方和 {inertia}；用时 {seconds} 秒。',
	'clusters.pca.intro':
		'每个点代表一位客户，放在客户之间差异最大的两个方向上（主成分分析，PCA）。第 1 轴反映了客户间全部差异的 {first}，第 2 轴反映 {second}，合计 {both}。在这张图上重叠的簇，在未画出的方向上仍可能是分开的。',
	'clusters.pca.axis': '第 {n} 轴（{share}）',
	'clusters.pca.right': '越往右：{columns}越高',
	'clusters.pca.up': '越往上：{columns}越高',
	'clusters.pca.less': '；{columns}越低',
	'clusters.pca.centres': '簇中心',
	'clusters.pca.chart': '客户在两条主轴上的分布，按簇着色',
	'clusters.pca.drawn': '画出的客户数',
	'clusters.pca.sampled':
		'图中画出 {total} 位客户中的 {drawn} 位（按各簇比例随机抽样）；聚类本身使用了全部客户。',
	'clusters.pca.all': '图中画出了全部 {total} 位客户。',
	'clusters.step.profiles': '第 4 步 · 各簇画像',
	'clusters.profile.intro':
		'每张卡片描述一个簇：有多少客户、贡献多少收入，以及它与平均客户差异最大的指标，以标准差（SD）为单位。1 个标准差就是客户之间通常的差距：±0.5 个标准差是明显差异，±1 个标准差是很大的差异。名称是根据这些差异给出的商业用语建议。',
	'clusters.profile.cluster': '簇',
	'clusters.profile.number': '第 {n} 簇',
	'clusters.profile.customers': '客户数',
	'clusters.profile.revenueShare': '收入占比',
	'clusters.profile.differences': '与平均客户差异最大',
	'clusters.profile.nearAverage': '各项指标都接近平均客户（没有达到 0.5 个标准差的差异）。',
	'clusters.profile.higher': '比平均高 {sd} 个标准差',
	'clusters.profile.lower': '比平均低 {sd} 个标准差',
	'clusters.profile.values': '（本簇 {cluster}，全体 {all}）',
	'clusters.profile.centre': '簇中心（原始单位）',
	'clusters.profile.measure': '指标',
	'clusters.profile.centreValue': '中心',
	'clusters.profile.z': '差异（标准差）',
	'clusters.profile.small':
		'这是一个小簇：只占客户的 {share}。请确认它值得单独制定策略，或尝试更小的 k。',
	'clusters.profile.empty': '这个簇没有客户。',
	'clusters.profile.repeated': '它的画像与第 {n} 簇相似，因此名称后加了编号。',
	'clusters.profile.logNote':
		'* 取了对数的指标：其中心是典型值（几何平均），比普通平均数更少受少数特大客户的拉高。',
	'clusters.step.stability': '第 5 步 · 这些簇稳定吗？',
	'clusters.stability.working': '正在用其他随机种子和样本重新拟合…',
	'clusters.stability.verdict.very-stable': '非常稳定',
	'clusters.stability.verdict.stable': '稳定',
	'clusters.stability.verdict.moderate': '一般稳定',
	'clusters.stability.verdict.unstable': '不稳定',
	'clusters.stability.meaning.very-stable': '重新拟合几乎得到完全相同的簇，可以放心使用。',
	'clusters.stability.meaning.stable':
		'重新拟合得到的簇基本相同，只有少数处在边界上的客户会变动，可以据此行动。',
	'clusters.stability.meaning.moderate':
		'大的分组保持不变，但边界附近有不少客户在各次拟合间变动。请针对分组整体行动，不要拘泥于确切的边界；换一个 k 也许更稳定。',
	'clusters.stability.meaning.unstable':
		'重新拟合得到的簇各不相同：这些分组并不是数据中稳固的特征。行动之前请尝试其他特征或其他 k。',
	'clusters.stability.how':
		'这个数值是调整兰德指数（ARI），比较的是当前的簇与 {reruns} 次换随机种子的重新拟合、{bootstraps} 次在自助样本（有放回地随机抽取客户）上的重新拟合：1 表示完全相同，0 表示一致程度不超过随机。',
	'clusters.stability.reruns': '其他随机种子：',
	'clusters.stability.bootstraps': '自助样本：',
	'clusters.step.save': '第 6 步 · 保存为细分方案',
	'clusters.save.intro':
		'保存后，这些簇就成为与 RFM、生命周期一样的细分方案：出现在客户细分页面，可设为主细分方案，可制定策略；每次运行都会把每位客户（包括新客户）归入中心离他最近的簇。它的细分群：',
	'clusters.save.prospects': '潜在客户（尚无订单的客户）',
	'clusters.save.name': '方案名称',
	'clusters.save.defaultName': 'k 均值 {k} 簇',
	'clusters.save.primary': '设为主细分方案',
	'clusters.save.button': '保存为细分方案',
	'clusters.save.saving': '正在保存并运行全部细分方案…',
	'clusters.save.done': '已保存，并保存了一次运行：{counts} = {customers} 位客户。',
	'clusters.save.open': '在客户细分页面查看',
	'clusters.saved.title': '已保存为细分方案的聚类',
	'clusters.saved.detail': 'k = {k} · {features} · 保存于 {date}',
	'clusters.saved.primary': '主细分方案',
	'clusters.saved.remove': '删除',
	'clusters.saved.confirm': '删除细分方案“{name}”？已保存的运行仍会保留它作为历史记录。',
	'clusters.segments.settings':
		'这个方案来自聚类实验室：每次运行都会把每位有订单的客户归入中心离他最近的已保存簇。如需修改或删除，请到聚类实验室。',
	'clusters.level.blank': '（未填）',
	'clusters.name.mostly': '多为{value}（{field}）',
	'clusters.name.few': '少有{value}（{field}）',
	'clusters.name.high': '{measure}偏高',
	'clusters.name.low': '{measure}偏低'
};
