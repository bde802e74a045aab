/** Chinese and English header names that suggest a field, compared after `normaliseHeader`. */

import { normaliseHeader, type FieldKey } from './fields';

/** Name parts are mapped to `customerName` and joined. */
export type GuessTarget = FieldKey | 'firstName' | 'lastName';

/** Exact header names (any case, spacing or underscores) per target. */
const EXACT: Record<GuessTarget, string[]> = {
	customerId: [
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
	],
	customerName: [
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
	],
	firstName: ['first_name', 'first name', 'given name', 'forename', '名'],
	lastName: ['last_name', 'last name', 'surname', 'family name', '姓'],
	orderId: [
		'订单号',
		'订单编号',
		'订单ID',
		'单号',
		'单据号',
		'单据编号',
		'销售单号',
		'发票号',
		'小票号',
		'流水号',
		'交易号',
		'交易单号',
		'invoice',
		'InvoiceNo',
		'invoice number',
		'invoice id',
		'order id',
		'order no',
		'order number',
		'order',
		'transaction id',
		'receipt no',
		'bill no'
	],
	date: [
		'日期',
		'时间',
		'下单时间',
		'下单日期',
		'交易日期',
		'交易时间',
		'订单日期',
		'订单时间',
		'订单创建时间',
		'购买日期',
		'购买时间',
		'付款时间',
		'付款日期',
		'支付时间',
		'成交日期',
		'成交时间',
		'销售日期',
		'消费日期',
		'消费时间',
		'date',
		'order_date',
		'InvoiceDate',
		'transaction date',
		'purchase date',
		'sale date',
		'order time',
		'datetime',
		'timestamp'
	],
	amount: [
		'金额',
		'实付金额',
		'实收金额',
		'支付金额',
		'付款金额',
		'订单金额',
		'销售额',
		'销售金额',
		'成交金额',
		'消费金额',
		'交易金额',
		'总金额',
		'总价',
		'合计',
		'合计金额',
		'amount',
		'revenue',
		'sales',
		'total',
		'total amount',
		'order total',
		'order amount',
		'value',
		'dollars',
		'dollar_value',
		'spend',
		'payment',
		'monetary'
	],
	quantity: [
		'数量',
		'件数',
		'购买数量',
		'销量',
		'销售数量',
		'qty',
		'quantity',
		'units',
		'cds',
		'number_of_cds'
	],
	unitPrice: ['单价', '售价', '价格', '商品单价', '单位价格', 'unit price', 'UnitPrice', 'price'],
	cost: ['成本', '成本价', '成本金额', '进价', 'cost', 'cogs', 'cost of goods'],
	product: [
		'商品',
		'商品名称',
		'产品',
		'产品名称',
		'品名',
		'货品',
		'品类',
		'类别',
		'商品类别',
		'product',
		'product name',
		'item',
		'item name',
		'Description',
		'category'
	],
	status: ['状态', '订单状态', '交易状态', 'status', 'order status'],
	phone: ['电话', '手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile', 'tel', 'telephone'],
	email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail', 'email address'],
	region: ['地区', '区域', '省份', '省', '大区', '国家', 'region', 'province', 'state', 'country'],
	city: ['城市', '市', '所在城市', 'city', 'town'],
	industry: ['行业', '所属行业', 'industry', 'sector'],
	channel: ['渠道', '来源渠道', '销售渠道', '来源', 'channel', 'source'],
	gender: ['性别', 'gender', 'sex', 'genre'],
	age: ['年龄', 'age'],
	birthYear: ['出生年份', '出生年', 'birth year', 'year of birth'],
	ageBand: ['年龄段', 'age group', 'age band'],
	incomeBand: ['收入', '年收入', '收入水平', 'income', 'annual income', 'income band'],
	owner: [
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
	],
	createdDate: [
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
	],
	creditLimit: ['信用额度', '授信额度', 'credit limit'],
	balanceOwed: [
		'欠款',
		'欠款金额',
		'应收账款',
		'应收余额',
		'未付金额',
		'balance',
		'balance owed',
		'outstanding',
		'amount due'
	],
	overdueDays: ['逾期天数', '超期天数', 'overdue days', 'days overdue', 'days past due'],
	overdueCount: ['逾期次数', 'overdue count', 'late payments'],
	riskGrade: [
		'风险等级',
		'信用等级',
		'评级',
		'risk grade',
		'credit rating',
		'risk rating',
		'rating'
	],
	satisfaction: ['满意度', '满意度评分', '评分', 'satisfaction', 'nps', 'csat']
};

/** Names that usually mean the target but sometimes another column (客户 may be a name). */
const LIKELY: [GuessTarget, string[]][] = [
	['customerId', ['客户', '顾客', '会员', '买家', 'customer', 'client', 'member', 'buyer']]
];

/** Weaker hints: the normalised header contains one of these. */
const CONTAINS: [GuessTarget, string[]][] = [
	['customerId', ['客户编', '客户id', '会员号', 'customerid', 'custid', 'clientid', 'memberid']],
	['orderId', ['订单号', '订单编号', '单号', 'invoiceno', 'orderid', 'orderno']],
	['createdDate', ['注册', '开户']],
	['date', ['日期', '时间', 'date']],
	['unitPrice', ['单价', 'unitprice']],
	['amount', ['金额', '销售额', 'amount', 'revenue']],
	['quantity', ['数量', 'quantity', 'qty']],
	['phone', ['电话', '手机', 'phone', 'mobile']],
	['email', ['邮箱', 'email']],
	['customerName', ['姓名', 'name']],
	['product', ['商品', '产品', 'product', 'stockcode', 'sku', '货号']]
];

const EXACT_INDEX = new Map<string, GuessTarget>();
for (const [target, names] of Object.entries(EXACT) as [GuessTarget, string[]][])
	for (const name of names) EXACT_INDEX.set(normaliseHeader(name), target);
const LIKELY_INDEX = new Map<string, GuessTarget>();
for (const [target, names] of LIKELY) for (const name of names) LIKELY_INDEX.set(name, target);

/**
 * Targets a header suggests, with a score: 2 = a known name, 1.5 = a name that usually means
 * it, 1 = the header contains a hint.
 */
export function headerHints(header: string): { target: GuessTarget; score: number }[] {
	const key = normaliseHeader(header);
	if (!key) return [];
	const hints: { target: GuessTarget; score: number }[] = [];
	const exact = EXACT_INDEX.get(key) ?? LIKELY_INDEX.get(key);
	if (exact) hints.push({ target: exact, score: EXACT_INDEX.has(key) ? 2 : 1.5 });
	for (const [target, parts] of CONTAINS)
		if (target !== exact && parts.some((part) => key.includes(part)))
			hints.push({ target, score: 1 });
	return hints;
}
