import type { importGuardEn } from './import-guard.en';

/** 简体中文（导入时的币种选择与“追加还是替换？”），合并到 zh.ts。键与 import-guard.en.ts 相同。 */
export const importGuardZh: Record<keyof typeof importGuardEn, string> = {
	'importGuard.currency': '金额的币种',
	'importGuard.currencyGuessed': '根据文件推断：{currency}。',
	'importGuard.currencyNotGuessed': '文件中看不出币种，请确认。',
	'importGuard.title': '把这个文件追加到已存数据，还是替换已存数据？',
	'importGuard.farApart':
		'文件中的订单与已存订单相隔 {days} 天：可能是另一家店或另一个时期的数据。',
	'importGuard.noShared': '文件中的客户与已存数据没有任何重合。',
	'importGuard.stored': '已存：{customers} 位客户，订单 {range}',
	'importGuard.incoming': '本文件：{customers} 位客户，订单 {range}',
	'importGuard.shared': '两边都有的客户：{count} 位',
	'importGuard.noOrders': '无',
	'importGuard.add': '追加到已存数据',
	'importGuard.replace': '替换已存数据',
	'importGuard.replaceHint': '替换会删除已存的客户、订单、互动记录和细分运行；设置和策略清单保留。'
};
