/** Chinese and English header names that suggest a field, compared after `normaliseHeader`. */

import { CUSTOMER_IMPORT_KEYS, headerAliases } from '../fields';
import { normaliseHeader, type FieldKey } from './fields';

/** Name parts are mapped to `customerName` and joined. */
export type GuessTarget = FieldKey | 'firstName' | 'lastName';

/** The customer fields' header names but the id's and the name's, by import target. */
function customerFieldAliases(): Partial<Record<FieldKey, string[]>> {
	const keys = CUSTOMER_IMPORT_KEYS.filter((key) => key !== 'customerId' && key !== 'customerName');
	return Object.fromEntries(keys.map((key) => [key, [...headerAliases(key)]]));
}

/** Exact header names (any case, spacing or underscores) per target. */
const EXACT = {
	customerId: [...headerAliases('customerId')],
	customerName: [...headerAliases('customerName')],
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
	// The customer fields' names are kept with the fields (see core/fields).
	...customerFieldAliases(),
	satisfaction: ['满意度', '满意度评分', '评分', 'satisfaction', 'nps', 'csat']
} as Record<GuessTarget, string[]>;

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
