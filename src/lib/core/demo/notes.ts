/**
 * Interaction notes of the demo, per locale. `{product}` is replaced by a category the customer
 * buys, `{score}` by the satisfaction score.
 */

import type { DemoLocale } from './names';

export type NoteTopic =
	| 'visit'
	| 'call'
	| 'message'
	| 'feedbackGood'
	| 'feedbackMixed'
	| 'feedbackBad'
	| 'complaint'
	| 'returnComplaint'
	| 'survey'
	| 'winBack'
	| 'exitSurvey'
	| 'welcome'
	| 'collection'
	| 'prospect';

type NoteBook = Readonly<Record<NoteTopic, readonly string[]>>;

const ZH: NoteBook = {
	visit: [
		'上门拜访，介绍{product}新品，客户有兴趣',
		'拜访客户，了解{product}使用情况，反馈良好',
		'拜访采购负责人，商谈下季度{product}备货',
		'送样品上门，客户答应试用后回复',
		'陪同客户巡店，讨论陈列和补货节奏'
	],
	call: [
		'电话回访，确认{product}已到货',
		'电话沟通下月订货计划',
		'客户来电询问{product}库存和交期',
		'电话邀请参加新品品鉴会',
		'电话确认收货地址和开票信息'
	],
	message: [
		'微信推送{product}促销信息',
		'客户微信咨询{product}价格',
		'发送电子对账单',
		'短信提醒会员积分即将到期',
		'企业微信发送新品目录'
	],
	feedbackGood: [
		'对{product}质量很满意，会推荐给朋友',
		'送货及时，包装完好',
		'客服回复很快，体验不错',
		'{product}性价比高，准备长期采购'
	],
	feedbackMixed: ['{product}还行，价格略高', '希望增加更多{product}款式', '送货稍慢，其他都好'],
	feedbackBad: [
		'{product}与描述不符，有些失望',
		'送货比约定晚了两天',
		'售后处理太慢，不太满意',
		'价格比别家贵，考虑换供应商'
	],
	complaint: [
		'投诉送货延迟三天',
		'投诉发票开错，要求重开',
		'投诉客服态度不好',
		'投诉{product}缺货，订单拖延'
	],
	returnComplaint: [
		'投诉{product}质量问题，要求退货',
		'投诉收到的{product}有破损，已办理退货',
		'{product}规格发错，要求退换'
	],
	survey: [
		'满意度调查：综合评分{score}分',
		'年度客户调查，建议增加{product}品类，评分{score}分',
		'售后回访问卷，评分{score}分'
	],
	winBack: [
		'电话回访，客户表示近期在别家采购',
		'流失挽回电话，客户暂无需求，下季度再联系',
		'回访久未下单原因：价格和交期'
	],
	exitSurvey: ['流失原因调查：价格因素，评分{score}分', '流失原因调查：服务不及时，评分{score}分'],
	welcome: ['发送欢迎短信及第二单优惠券', '新客户首单回访，了解需求', '邀请加入会员并介绍积分规则'],
	collection: [
		'电话催收逾期货款，客户承诺月底结清',
		'发送逾期账款提醒函',
		'上门对账，客户申请延期付款'
	],
	prospect: [
		'初次拜访，介绍公司产品线',
		'电话跟进样品试用情况',
		'发送产品资料和报价单',
		'展会上交换名片，对{product}感兴趣'
	]
};

const EN: NoteBook = {
	visit: [
		'Site visit: showed the new {product} range, customer interested',
		'Visited to review how the {product} is working out; positive',
		'Met the buyer to plan next quarter’s {product} stock',
		'Dropped off samples; customer will reply after trying them',
		'Store walk-round with the manager about displays and restocking'
	],
	call: [
		'Follow-up call: {product} delivery confirmed',
		'Call about next month’s order plan',
		'Customer rang about {product} stock and lead times',
		'Invited to the new-range open evening',
		'Call to confirm delivery address and invoice details'
	],
	message: [
		'Emailed the {product} promotion',
		'Customer messaged asking for {product} prices',
		'Sent the monthly statement',
		'Text reminder: loyalty points about to expire',
		'Sent the new catalogue'
	],
	feedbackGood: [
		'Very happy with the {product}, will recommend us',
		'Delivery on time and well packed',
		'Quick answers from customer service',
		'{product} good value, plans to keep ordering'
	],
	feedbackMixed: [
		'{product} fine but a bit pricey',
		'Would like a wider {product} range',
		'Delivery a little slow, otherwise fine'
	],
	feedbackBad: [
		'{product} not as described, disappointed',
		'Delivery two days later than promised',
		'After-sales service too slow',
		'Cheaper elsewhere, considering another supplier'
	],
	complaint: [
		'Complaint: delivery three days late',
		'Complaint: wrong invoice, asked for a new one',
		'Complaint about an unhelpful phone call',
		'Complaint: {product} out of stock, order delayed'
	],
	returnComplaint: [
		'Complaint: faulty {product}, returned',
		'{product} arrived damaged, return processed',
		'Wrong {product} size sent, exchange requested'
	],
	survey: [
		'Satisfaction survey: scored {score}',
		'Annual survey: asks for more {product} lines, scored {score}',
		'After-sales questionnaire: scored {score}'
	],
	winBack: [
		'Win-back call: customer now buying elsewhere',
		'Win-back call: no need at the moment, try next quarter',
		'Asked why no recent orders: price and lead times'
	],
	exitSurvey: ['Exit survey: price, scored {score}', 'Exit survey: slow service, scored {score}'],
	welcome: [
		'Welcome email with a second-order voucher',
		'First-order follow-up call to learn their needs',
		'Invited to join the loyalty scheme'
	],
	collection: [
		'Called about the overdue invoice, promised payment by month end',
		'Sent an overdue account reminder',
		'Visited to reconcile the account; asked for more time to pay'
	],
	prospect: [
		'First visit: introduced our product lines',
		'Called to follow up on the samples',
		'Sent brochure and price list',
		'Met at a trade fair, interested in {product}'
	]
};

/** Note templates of a topic in a locale. */
export function noteTemplates(locale: DemoLocale, topic: NoteTopic): readonly string[] {
	return (locale === 'en' ? EN : ZH)[topic];
}

/** A template with its placeholders filled in. */
export function fillNote(template: string, product: string, score: number | undefined): string {
	// English category names are capitalised as labels but read lower-case inside a sentence.
	const inSentence = template.startsWith('{product}') ? product : product.toLowerCase();
	return template.replace('{product}', inSentence).replace('{score}', String(score ?? ''));
}
