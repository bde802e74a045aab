import type { sqlEn } from './sql.en';

/** 简体中文（客户细分页面的 SQL 导出），合并到 zh.ts。键与 sql.en.ts 相同。 */
export const sqlZh: Record<keyof typeof sqlEn, string> = {
	'sql.title': '以 SQL 导出细分',
	'sql.hint':
		'在您的数据仓库中得到相同的客群：一条查询，读取您的 orders（订单）和 customers（客户）两张表，已写入当前设置和分析日期。每位客户一行，给出每个规则方案的类别。',
	'sql.dialect': 'SQL 方言',
	'sql.download': '下载 SQL',
	'sql.notIncluded': '未包含在查询中（它们不是规则定义）：{schemes}。',
	'sql.loyaltyNote':
		'查询中的忠诚度不含满意度（两张表里没有互动记录）：已记录满意度的 {count} 位客户在查询中的忠诚度类别可能不同。',
	'sql.error.profit-basis':
		'按利润分层需要每笔订单的成本，而查询所读的 orders 表没有成本：请把价值分层改为按收入，再导出 SQL。'
};
