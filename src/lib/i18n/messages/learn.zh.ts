import type { learnEn } from './learn.en';

/** 简体中文（learn 页面），合并到 zh.ts。键与 learn.en.ts 相同。 */
export const learnZh: Record<keyof typeof learnEn, string> = {
	'learn.lead':
		'用一家真实感的示例企业，走一遍客户细分的七个步骤。每一步先讲清楚“是什么、为什么、看哪里”，再打开真实页面，并高亮要看的部分。',
	'learn.demo.title': '示例企业',
	'learn.demo.trade': '行业',
	'learn.demo.size': '客户数量',
	'learn.trade.retail': '零售门店',
	'learn.trade.retail.hint': '个人消费者：年龄段、性别、城市等级、渠道',
	'learn.trade.b2b': 'B2B 批发分销',
	'learn.trade.b2b.hint': '企业客户：行业、负责人、信用额度、逾期天数',
	'learn.trade.bank': '银行支行',
	'learn.trade.bank.hint': '个人客户：持有产品、金融资产、风险等级',
	'learn.trade.travel': '旅行社',
	'learn.trade.travel.hint': '亲子家庭、商务出行、背包客；预订有明显淡旺季',
	'learn.trade.mixed': '商贸公司',
	'learn.trade.mixed.hint': '标准示例：个人消费者和企业客户兼有',
	'learn.size.300': '300 位——课堂演示',
	'learn.size.2000': '2,000 位——工作坊',
	'learn.size.20000': '20,000 位——大型门店',
	'learn.size.100000': '100,000 位——压力测试（加载需要几秒钟）',
	'learn.demo.load': '加载此示例',
	'learn.demo.reset': '重置为干净的示例',
	'learn.demo.resetHint':
		'重新加载所选示例，删除已保存的运行和改动过的方案设置：各项数字恢复到第一次加载后的样子。',
	'learn.demo.current': '当前数据：{trade}，{customers} 位客户。',
	'learn.demo.none': '还没有加载示例：先选行业和规模，再点加载。',
	'learn.demo.notDemo': '当前存储的数据不是示例（已导入或修改过）。加载示例会替换这些数据。',
	'learn.demo.confirm': '加载示例会替换本浏览器中存储的全部数据。继续吗？',
	'learn.ex.title': '练习',
	'learn.ex.lead':
		'在应用的各个页面上找到答案，输入后检查。答案来自当前载入的数据：换一个示例数据，答案也随之改变。',
	'learn.ex.none': '先在上方载入示例数据（或导入订单），即可针对这些数据做练习。',
	'learn.ex.loading': '正在根据数据计算答案…',
	'learn.ex.q.pareto-top': '消费额排名前 {top} 的客户贡献了多少比例的收入？（填百分数）',
	'learn.ex.q.customers-for-value': '贡献 {value} 收入的客户占全部客户的比例是多少？（填百分数）',
	'learn.ex.q.champions': '在“RFM 细分”方案中，有多少位“冠军客户”？',
	'learn.ex.hint.pareto-top': '首页 → 收入集中度。',
	'learn.ex.hint.customers-for-value': '首页 → 收入集中度。',
	'learn.ex.hint.champions': '客户细分 → RFM 细分：细分类别表。',
	'learn.ex.answer': '你的答案',
	'learn.ex.check': '检查',
	'learn.ex.show': '显示答案',
	'learn.ex.right': '正确：{answer}。',
	'learn.ex.wrong': '不太对。提示：{hint}',
	'learn.ex.unreadable': '请输入一个数字，例如 42 或 42%。',
	'learn.ex.revealed': '答案是 {answer}。{hint}',
	'learn.ex.tolerance': '与答案相差不超过一个百分点即算正确。',
	'learn.steps': '七个步骤',
	'learn.stepOf': '第 {n} 步，共 {total} 步',
	'learn.what': '是什么',
	'learn.why': '为什么',
	'learn.look': '看哪里',
	'learn.try': '动手试试',
	'learn.open': '打开这一步的页面',
	'learn.back': '上一步',
	'learn.next': '下一步',
	'learn.finish': '完成',
	'learn.toGuide': '返回学习页',
	'learn.close': '关闭引导',
	'learn.card': '学习引导',
	'learn.more.evaluate': '细分评估记分卡',
	'learn.details': '显示这一步的说明',
	'learn.notFound': '这个页面上暂时还没有要看的部分。请先在学习页加载示例数据。',
	'learn.s.goal.title': '目标：细分是为了什么？',
	'learn.s.goal.what':
		'先想清楚要达到什么目的：留住好客户（客户保留）、提高每位客户的贡献（增长）、按价值匹配服务成本（服务成本），还是控制坏账（信用管理）。',
	'learn.s.goal.why':
		'目标决定了看哪些指标、分哪些群。做客户保留要看最近一次消费；做信用管理要看逾期情况。',
	'learn.s.goal.look': '首页的“目标”卡片。选一个目标，客户细分页面就会把与它相关的方案排在前面。',
	'learn.s.goal.try': '选择“客户保留”，稍后留意客户细分页面是否先列出生命周期方案。',
	'learn.s.data.title': '数据：客户、订单、互动',
	'learn.s.data.what':
		'客户细分用到三类记录：客户（是谁）、订单（买了什么、什么时候、多少钱）和互动（拜访、电话、投诉、满意度）。',
	'learn.s.data.why':
		'每个指标都从这些记录算出来。数据缺什么，细分就缺什么：没有信用数据，就做不了风险细分。',
	'learn.s.data.look':
		'首页的汇总数字：客户数、订单数、营收、互动数和订单覆盖的时间段。自己的数据通过“导入”页面（CSV 或 Excel）进来。',
	'learn.s.data.try': '在菜单中打开“客户”，看看某位客户的订单和互动记录。',
	'learn.s.measures.title': '分析：最近一次消费、消费频率、消费金额（RFM）',
	'learn.s.measures.what':
		'应用为每位客户计算指标：R 是距最近一次消费的天数，F 是订单数，M 是消费金额。每个指标再按分割点换算成 1–5 分。',
	'learn.s.measures.why':
		'原始数字不好比较。打分后所有客户都在同一个 1–5 分的尺度上，5 分最好，“R 5、F 4”在任何行业都是同一个意思。',
	'learn.s.measures.look': 'RFM 评分方案的分割点表格：默认取数据的 20 %、40 %、60 %、80 % 分位数。',
	'learn.s.measures.try':
		'在“R 20 %”里输入一个大得多的数并按回车：上方表格中的各类人数立即变化。点“使用数据的五分位数”即可恢复。',
	'learn.s.schemes.title': '确定标准，识别客户群',
	'learn.s.schemes.what':
		'细分方案按清楚的规则把指标变成客户群：RFM 细分、RFM 八类客户、价值分层、生命周期、忠诚度、信用风险、特征、自定义规则，或者聚类。',
	'learn.s.schemes.why': '在每个方案里，每位客户恰好属于一个类别，因此每个群都能计数、描述和服务。',
	'learn.s.schemes.look':
		'左侧的方案列表。这里显示的 RFM 细分按 R 分和 F 分把客户分组：冠军客户、忠诚客户、流失风险客户、沉睡客户……',
	'learn.s.schemes.try': '逐个点开各个方案，点方案名称旁的“这是什么？”查看说明。',
	'learn.s.evaluate.title': '评估细分结果',
	'learn.s.evaluate.what':
		'逐个评估客户群：规模多大、贡献多少营收、与其他群差别大不大、是否稳定、能不能针对它制定策略。',
	'learn.s.evaluate.why': '只有规模或价值足够大、特征鲜明、能触达的客户群，才值得单独制定策略。',
	'learn.s.evaluate.look':
		'价值分层的类别表：客户占比和营收占比并排——少数大客户贡献了很大一部分营收（二八法则）。每个客户群的评估记分卡在“策略”页面。',
	'learn.s.evaluate.try':
		'比较大客户和小客户的客户占比与营收占比。然后点“运行并保存”：评估记分卡、策略清单和监测都基于已保存的运行。',
	'learn.s.strategy.title': '策略：每个客户群的行动',
	'learn.s.strategy.what':
		'为每个客户群列一张带负责人和截止日期的行动清单：冠军客户配专属联系人、优先体验新品；沉睡客户发挽回优惠、打电话回访；高风险客户复核信用额度。',
	'learn.s.strategy.why': '只有对不同的客户群区别对待、并且有人负责，细分才会产生效果。',
	'learn.s.strategy.look': '“策略”页面：每个客户群的清单和完成进度。',
	'learn.s.strategy.try': '挑一个客户群，说出你要采取的第一项行动。',
	'learn.s.monitor.title': '监测与调整',
	'learn.s.monitor.what':
		'保存一次运行，加入新数据，再运行一次，看看哪些客户换了群；规则不再合适时就调整。',
	'learn.s.monitor.why': '客户每个月都在变化。从不重新运行的细分很快就会过时。',
	'learn.s.monitor.look':
		'“监测”页面。用示例数据时：先在客户细分页面保存一次运行，再加入后 3 个月的数据（下方按钮），再保存一次——然后比较两次运行。',
	'learn.s.monitor.try': '加入示例企业后 3 个月的数据，看看首页上有哪些变化。',
	'presentation.toggle': '演示模式',
	'presentation.label': '演示模式：字号更大、对比度更高，适合投影',
	'explain.button': '这是什么？',
	'explain.label': '说明：{topic}',
	'explain.close': '关闭',
	'explain.rfm.title': 'RFM：最近一次消费、消费频率、消费金额',
	'explain.rfm.body':
		'R（Recency，最近一次消费）：距客户最近一次购买的天数。天数越少越好，说明客户还记得你。\nF（Frequency，消费频率）：客户下了多少笔订单。次数越多，越说明已成习惯。\nM（Monetary，消费金额）：客户总共花了多少钱（也可以选每单平均金额）。\n三者合起来描述客户与企业的亲密程度，是最常用的细分起点。',
	'explain.rfm-cuts.title': 'RFM 评分与分割点',
	'explain.rfm-cuts.body':
		'每个指标换算成 1–5 分。分割点把客户分成人数大致相等的五组，也就是数据的 20 %、40 %、60 %、80 % 分位数。\nF 和 M：数值超过的分割点越多，分数越高（5 分 = 订单最多、花钱最多）。R 正好相反：距上次购买天数最少的得 5 分。\n相同的数值一定得相同的分数，所以很多客户数值相同时（例如都只买过一次），有些分数会空着。分割点可以自己输入，人数会立即变化。',
	'explain.rfm-named.title': 'RFM 细分',
	'explain.rfm-named.body':
		'把客户放在 R 分（最近程度）× F 分（频率）的网格上，25 个格子各属于一个有名字的客户群：冠军客户（最近买、常常买）、忠诚客户、潜力客户、新客户、有望客户、需关注客户、将沉睡客户、流失风险客户（以前常买，最近没买）、不能失去的客户（曾经最好的客户正在沉寂）和沉睡客户。\n名字本身就提示了该做什么：感谢冠军客户，在流失风险客户真正流失之前把他们挽回。',
	'explain.rfm-eight.title': 'RFM 八类客户',
	'explain.rfm-eight.body':
		'R、F、M 各自与平均值（或中位数）比较：高于还是低于。三个指标各两种结果，2 × 2 × 2 = 8 类，从重要价值客户（最近买、常买、花得多）到一般挽留客户（三项都低）。\n“重要”表示消费金额高（M 高）；价值、发展、保持、挽留由 R 和 F 决定。简单易讲，是国内教材最常用的分法。',
	'explain.value-tier.title': '价值分层（二八法则）',
	'explain.value-tier.body':
		'把客户按价值从大到小排队。往下累计，累计价值不到总价值 50 % 的是大客户，到 80 % 的是重要客户，到 95 % 的是普通客户，其余是小客户；没有正价值的客户也算小客户。\n这就是帕累托原则（二八法则）：少数客户贡献了大部分营收，所以值得投入大部分精力。',
	'explain.pareto.title': '帕累托曲线',
	'explain.pareto.body':
		'把客户从最有价值到最没价值排成一队，曲线表示前 x % 的客户贡献了多少比例的营收。曲线开头越陡，企业越依赖少数客户。\n读法举例：“前 20 % 的客户贡献了 70 % 的营收”。如果曲线是一条对角直线，就说明每位客户同样重要。',
	'explain.lifecycle.title': '生命周期阶段',
	'explain.lifecycle.body':
		'客户处在关系的哪个阶段，按顺序取第一个符合的：潜在客户（还没下单）、流失客户（沉寂超过流失期限）、沉睡客户（沉寂超过沉睡期限）、新客户（首单在最近 90 天内）、老客户（一年以上、5 单以上）、活跃客户（其余）。\n期限按每位客户自己的购买节奏：下过 3 单以上的，沉寂超过平时订单间隔的 2 倍算沉睡、4 倍算流失；否则分别按 90 天和 365 天。',
	'explain.loyalty.title': '忠诚度',
	'explain.loyalty.body':
		'一个 0–1 的分数，综合了客户复购是否规律（每年复购次数）、购买时间跨度有多长，以及有记录时的满意度。0.6 以上为高，0.3 以下为低；已流失的客户一律为低。\n忠诚不等于价值：忠诚的客户可能花得不多，大客户也可能即将离开。',
	'explain.credit-risk.title': '信用风险',
	'explain.credit-risk.body':
		'针对赊账购买的客户。高风险：逾期超过 90 天、逾期 4 次及以上，或欠款已达信用额度。一般风险：有任何逾期，或欠款超过额度的 80 %。低风险：其余。没有信用数据的客户单独统计。\n可据此决定谁需要预付款、谁的额度要复核、该给谁打电话催款。',
	'explain.attributes.title': '特征细分',
	'explain.attributes.body':
		'按客户“是谁”而不是“做了什么”分组：地区、行业、渠道、年龄、性别、收入，或者你自己数据里的任何一列（城市等级、客群类型、持有产品……）。年龄这类数字会被分成区间。\n特征说明了每个客户群里是哪些人，也让客户群可以触达：营销活动可以针对某个渠道或地区。',
	'explain.custom-rules.title': '自定义规则',
	'explain.custom-rules.body':
		'你自己的方案：一组规则，例如“R 分 ≥ 4 且 M 分 ≥ 4 → VIP”。从上往下逐条检查，第一条符合的规则生效；一条都不符合的客户归入“其他”。\n两条规则有重叠（下面那条会少掉这些客户）或某条规则没有客户符合时，应用会提示。',
	'explain.clv.title': '客户终身价值（CLV）',
	'explain.clv.body':
		'预计客户将来能带来多少价值：所选期限内的预计购买次数 × 预计每单金额，再折现（以后的钱不如现在的钱值钱），有成本数据时再乘以毛利率。\nCLV 向前看，RFM 向后看：过去一样的两位客户，将来可能大不相同。',
	'explain.p-alive.title': '存活概率 P(alive)：客户还活跃吗？',
	'explain.p-alive.body':
		'根据客户过去买得多频繁、已经沉寂了多久，估计客户仍在购买的概率。经常购买的客户沉寂了几个月，多半已经离开；偶尔购买的客户沉寂同样久，未必如此。\n它来自用你自己的订单拟合的 BG/NBD 模型。',
	'explain.intention.title': '购买意愿评分',
	'explain.intention.body':
		'0–100 分，表示客户近期购买的可能性，由存活概率、预计购买次数、最近一次消费和趋势综合得出。客户档案里会列出哪些因素拉高或拉低了分数，便于向销售团队解释。',
	'explain.clustering.title': '聚类（k 均值）',
	'explain.clustering.body':
		'不用你自己写规则，而是由计算机把在所选指标（最近一次消费、频率、金额……）上相似的客户归到一起。指标先做标准化，避免某一个指标说了算。\n然后用每个簇与平均客户的差别来描述它，例如“高频高额客户”“一次性低价客户”。',
	'explain.silhouette.title': '轮廓系数',
	'explain.silhouette.body':
		'衡量每位客户与自己所在簇的契合程度，相对于最近的另一个簇：从 −1（分错了簇）到 0（在边界上）再到 1（归属明确）。\n所有客户的平均值说明各簇分得开不开：0.5 以上为强，0.25–0.5 为尚可，0.25 以下为弱。',
	'explain.k.title': '选择 k（簇的个数）',
	'explain.k.body':
		'k 均值需要事先告诉它分几组。把 k 从 2 试到 10 并比较：轮廓系数（越高越好）、惯性曲线的“肘部”（再加一个簇也帮助不大的地方）、Calinski-Harabasz 指数（越高越好）、Davies-Bouldin 指数（越低越好）。\n再从业务上检查：每个簇能不能起个名字、能不能针对它制定策略？少而清楚的客户群胜过多而模糊的。',
	'explain.evaluation.title': '评估客户群',
	'explain.evaluation.body':
		'好的客户群应当：可衡量（能数得清）、足够大（规模或价值够大）、有差异（与其他群不同）、稳定（不会每个月都大洗牌）、可行动（策略能触达）。\n看它的规模、营收或利润占比，以及是否已有策略和负责人。',
	'explain.goal.title': '细分的目标',
	'explain.goal.body':
		'细分是手段，不是目的。客户保留：找出正在疏远的客户。增长：找出还能多买的客户。服务成本：让服务与价值相匹配。信用管理：找出可能不付款的客户。\n这里选的目标会让客户细分页面把相关方案排在前面。',
	'explain.data.title': '细分背后的数据',
	'explain.data.body':
		'客户（是谁）、订单（买了什么、何时、多少钱）和互动（拜访、电话、投诉、满意度）。最近一次消费、频率等指标来自订单；忠诚度还用到满意度；信用风险用到客户记录里的信用字段。\n退货和取消会减少客户的价值，而不算作购买。'
};
