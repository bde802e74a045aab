/**
 * The customer record's fields, with the import column that fills each and the Chinese and
 * English header names that suggest it. Listed in the order the importer tries their names.
 */

import type { FieldEntry } from './field-entry';

export const CUSTOMER_FIELDS: readonly FieldEntry[] = [
	{
		field: 'id',
		kind: 'text',
		source: 'record',
		labelKey: 'field.id',
		import: {
			key: 'customerId',
			aliases: [
				'客户ID',
				'客户编号',
				'客户编码',
				'客户代码',
				'客户号',
				'客户账号',
				'会员号',
				'会员ID',
				'会员编号',
				'会员卡号',
				'用户ID',
				'用户编号',
				'买家ID',
				'买家会员名',
				'顾客ID',
				'顾客编号',
				'customer id',
				'CustomerID',
				'customer_no',
				'customer number',
				'customer code',
				'cust id',
				'client id',
				'member id',
				'user id',
				'buyer id',
				'account id',
				'master_id'
			]
		}
	},
	{
		field: 'name',
		kind: 'text',
		source: 'record',
		labelKey: 'field.name',
		import: {
			key: 'customerName',
			aliases: [
				'客户名称',
				'客户姓名',
				'客户名',
				'姓名',
				'顾客姓名',
				'会员姓名',
				'会员名称',
				'名称',
				'name',
				'customer name',
				'client name',
				'full name',
				'company',
				'company name',
				'公司名称'
			]
		}
	},
	{
		field: 'phone',
		kind: 'text',
		source: 'record',
		labelKey: 'field.phone',
		import: {
			key: 'phone',
			aliases: [
				'电话',
				'手机',
				'手机号',
				'手机号码',
				'联系电话',
				'phone',
				'mobile',
				'tel',
				'telephone'
			]
		}
	},
	{
		field: 'email',
		kind: 'text',
		source: 'record',
		labelKey: 'field.email',
		import: {
			key: 'email',
			aliases: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail', 'email address']
		}
	},
	{
		field: 'region',
		kind: 'category',
		source: 'record',
		labelKey: 'field.region',
		import: {
			key: 'region',
			aliases: [
				'地区',
				'区域',
				'省份',
				'省',
				'大区',
				'国家',
				'region',
				'province',
				'state',
				'country'
			]
		}
	},
	{
		field: 'city',
		kind: 'category',
		source: 'record',
		labelKey: 'field.city',
		import: { key: 'city', aliases: ['城市', '市', '所在城市', 'city', 'town'] }
	},
	{
		field: 'industry',
		kind: 'category',
		source: 'record',
		labelKey: 'field.industry',
		import: { key: 'industry', aliases: ['行业', '所属行业', 'industry', 'sector'] }
	},
	{
		field: 'channel',
		kind: 'category',
		source: 'record',
		labelKey: 'field.channel',
		import: {
			key: 'channel',
			aliases: ['渠道', '来源渠道', '销售渠道', '来源', 'channel', 'source']
		}
	},
	{
		field: 'gender',
		kind: 'category',
		source: 'record',
		labelKey: 'field.gender',
		import: { key: 'gender', aliases: ['性别', 'gender', 'sex', 'genre'] }
	},
	// An age column is stored as a birth year (the import's reference year − age).
	{
		field: 'age',
		kind: 'number',
		source: 'derived',
		labelKey: 'field.age',
		import: { key: 'age', aliases: ['年龄', 'age'], storedAs: 'birthYear' }
	},
	{
		field: 'birthYear',
		kind: 'number',
		source: 'record',
		labelKey: 'field.birthYear',
		// The age (from it) is the feature.
		clustering: false,
		import: { key: 'birthYear', aliases: ['出生年份', '出生年', 'birth year', 'year of birth'] }
	},
	{
		field: 'ageBand',
		kind: 'category',
		source: 'record',
		labelKey: 'field.ageBand',
		import: { key: 'ageBand', aliases: ['年龄段', 'age group', 'age band'] }
	},
	{
		field: 'incomeBand',
		kind: 'category',
		source: 'record',
		labelKey: 'field.incomeBand',
		import: {
			key: 'incomeBand',
			aliases: ['收入', '年收入', '收入水平', 'income', 'annual income', 'income band']
		}
	},
	{
		field: 'owner',
		kind: 'category',
		source: 'record',
		labelKey: 'field.owner',
		import: {
			key: 'owner',
			aliases: [
				'负责人',
				'销售员',
				'业务员',
				'客户经理',
				'所属销售',
				'归属人',
				'owner',
				'salesperson',
				'sales rep',
				'account manager'
			]
		}
	},
	{
		field: 'createdDay',
		kind: 'day',
		source: 'record',
		labelKey: 'field.createdDay',
		import: {
			key: 'createdDate',
			aliases: [
				'注册日期',
				'注册时间',
				'开户日期',
				'创建日期',
				'创建时间',
				'入会日期',
				'created',
				'created date',
				'created at',
				'signup date',
				'registration date',
				'join date'
			]
		}
	},
	{
		field: 'creditLimit',
		kind: 'money',
		source: 'record',
		labelKey: 'field.creditLimit',
		import: { key: 'creditLimit', aliases: ['信用额度', '授信额度', 'credit limit'] }
	},
	{
		field: 'balanceOwed',
		kind: 'money',
		source: 'record',
		labelKey: 'field.balanceOwed',
		import: {
			key: 'balanceOwed',
			aliases: [
				'欠款',
				'欠款金额',
				'应收账款',
				'应收余额',
				'未付金额',
				'balance',
				'balance owed',
				'outstanding',
				'amount due'
			]
		}
	},
	{
		field: 'overdueDays',
		kind: 'number',
		source: 'record',
		labelKey: 'field.overdueDays',
		import: {
			key: 'overdueDays',
			aliases: ['逾期天数', '超期天数', 'overdue days', 'days overdue', 'days past due']
		}
	},
	{
		field: 'overdueCount',
		kind: 'number',
		source: 'record',
		labelKey: 'field.overdueCount',
		import: { key: 'overdueCount', aliases: ['逾期次数', 'overdue count', 'late payments'] }
	},
	{
		field: 'riskGrade',
		kind: 'category',
		source: 'record',
		labelKey: 'field.riskGrade',
		import: {
			key: 'riskGrade',
			aliases: [
				'风险等级',
				'信用等级',
				'评级',
				'risk grade',
				'credit rating',
				'risk rating',
				'rating'
			]
		}
	}
];
