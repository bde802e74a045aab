import type { ownerEn } from './owner.en';

/** 简体中文（首页：本周清单、订单数），合并到 zh.ts。键与 owner.en.ts 相同。 */
export const ownerZh: Record<keyof typeof ownerEn, string> = {
	'week.title': '本周要点',
	'week.top.title': '最有价值的客户',
	'week.top.none': '还没有客户下过单。',
	'week.top.line': '{orders} 笔订单共 {value}，最近一次下单在 {days} 天前',
	'week.top.lineClv': '{orders} 笔订单共 {value}，最近一次下单在 {days} 天前；预期价值 {clv}',
	'week.slipping.title': '正在下滑的客户',
	'week.slipping.movement': '自上次运行以来离开了更好的客群，按价值排序：',
	'week.slipping.lifecycle':
		'已超过其通常的下单间隔（沉睡中），按价值排序。有第二次运行后，这里列出离开更好客群的客户。',
	'week.slipping.none': '没有正在下滑的客户。',
	'week.slipping.total': '共 {count} 位客户，累计价值 {value}',
	'week.slipping.move': '{value} · {from} → {to}',
	'week.slipping.lapsing': '{value} · 已 {days} 天未下单',
	'week.actions.title': '各客群的下一步行动',
	'week.actions.none': '没有待办行动：所有清单均已完成。',
	'week.actions.group': '{segment} · {count} 位客户',
	'week.actions.owner': '负责人：{owner}',
	'week.actions.noOwner': '尚未指定负责人',
	'week.actions.due': '截止 {date}',
	'week.actions.noDue': '未设截止日期',
	'week.actions.open': '打开策略清单',
	'week.more': '另有 {count} 位',
	'week.moreGroups': '另有 {count} 个客群',
	'week.moreActions': '另有 {count} 项行动',
	'week.segmentCount': '{segment}：{count} 位客户',
	'home.ordersNote': '共 {invoices} 张单据，其中 {apart} 张为取消或退货（不计入订单）',
	'strategy.printTitle': '策略清单：{scheme}',
	'strategy.printDate': '打印于 {date}，依据 {run} 保存的运行中的细分。',
	'home.loadDemoWhat': '（{trade}，{customers} 位客户）',
	'home.demoOther': '或者选择其他行业和规模：'
};
