/**
 * Interaction notes of the bank branch and the travel agency, replacing the distributor's where
 * the words would not fit the trade. `{product}` and `{score}` as in notes.ts.
 */

import type { DemoLocale } from './names';
import type { NoteTopic } from './notes';

type Notes = Record<DemoLocale, Partial<Record<NoteTopic, readonly string[]>>>;

export const BANK_NOTES: Notes = {
	zh: {
		visit: [
			'客户到网点咨询{product}收益和期限',
			'客户经理上门做资产配置建议，推荐{product}',
			'网点面谈，更新风险测评'
		],
		call: [
			'电话告知{product}即将到期，询问续作意向',
			'电话回访{product}购买体验',
			'电话邀请参加理财沙龙'
		],
		message: ['短信推送{product}新品发售信息', '手机银行推送资产月报', '企业微信提醒{product}到期'],
		feedbackGood: ['客户经理讲解清楚，很满意', '{product}收益符合预期', '网点排队时间短，服务好'],
		feedbackMixed: ['{product}收益一般', '手机银行操作有点复杂', '网点等候时间偏长'],
		feedbackBad: [
			'{product}收益低于预期，不满意',
			'办理业务等了一个多小时',
			'他行利率更高，考虑转出'
		],
		complaint: ['投诉网点排队时间过长', '投诉{product}风险提示不充分', '投诉手机银行转账失败'],
		returnComplaint: ['{product}提前赎回，对手续费有意见', '申请撤销{product}购买'],
		survey: ['客户满意度调查：评分{score}分', '网点服务评价：评分{score}分'],
		winBack: ['回访资金转出原因：他行利率更高', '挽留电话，客户考虑到期后再配置'],
		exitSurvey: ['销户原因调查：利率因素，评分{score}分', '销户原因调查：服务体验，评分{score}分'],
		welcome: ['新开户欢迎短信，介绍手机银行', '新客户首次回访，完成风险测评'],
		collection: ['电话提醒贷款逾期，客户承诺本周还款', '发送贷款逾期提醒', '面谈协商贷款还款计划'],
		prospect: [
			'开户后首次联系，介绍{product}',
			'电话邀约到网点做资产体检',
			'发送{product}产品说明书'
		]
	},
	en: {
		visit: [
			'Came into the branch to ask about {product} rates and terms',
			'Relationship manager review at home; recommended {product}',
			'Branch meeting; risk profile updated'
		],
		call: [
			'Called: {product} matures soon, asked about renewing',
			'Follow-up call about the {product} purchase',
			'Invited to an investment evening'
		],
		message: [
			'Text about the new {product} offer',
			'App message: monthly statement ready',
			'Reminder: {product} matures next month'
		],
		feedbackGood: [
			'Clear explanations from the relationship manager',
			'{product} performing as expected',
			'Short queue, friendly staff'
		],
		feedbackMixed: [
			'{product} returns only average',
			'App is a bit confusing',
			'Long wait in branch'
		],
		feedbackBad: [
			'{product} returns below expectations',
			'Waited over an hour in branch',
			'Better rates elsewhere, thinking of moving'
		],
		complaint: [
			'Complaint: queue far too long',
			'Complaint: {product} risks not explained',
			'Complaint: transfer failed in the app'
		],
		returnComplaint: [
			'{product} cashed in early; unhappy about the fee',
			'Cancelled the {product}'
		],
		survey: ['Satisfaction survey: scored {score}', 'Branch service rating: scored {score}'],
		winBack: [
			'Called about money moved out: better rate elsewhere',
			'Retention call: will decide at maturity'
		],
		exitSurvey: [
			'Account closure survey: rates, scored {score}',
			'Closure survey: service, scored {score}'
		],
		welcome: [
			'Welcome text for the new account, app set-up',
			'First call to the new client; risk profile done'
		],
		collection: [
			'Called about the missed loan payment; will pay this week',
			'Sent a missed-payment letter',
			'Meeting to agree a repayment plan'
		],
		prospect: [
			'First contact after account opening; introduced {product}',
			'Invited for a free financial review',
			'Sent the {product} brochure'
		]
	}
};

export const TRAVEL_NOTES: Notes = {
	zh: {
		visit: ['到门店咨询{product}行程和报价', '门店面谈定制行程', '来店领取出团通知书'],
		call: ['电话确认{product}出行人信息', '出团前电话提醒注意事项', '电话回访行程体验'],
		message: ['微信推送{product}早鸟优惠', '发送电子行程单', '短信提醒护照有效期'],
		feedbackGood: [
			'导游很专业，行程安排合理',
			'{product}性价比高，下次还来',
			'酒店位置好，全家都满意'
		],
		feedbackMixed: ['{product}行程有点赶', '酒店一般，其他还好', '自由活动时间偏少'],
		feedbackBad: ['{product}与宣传不符，很失望', '航班延误没人安排', '购物点太多，体验差'],
		complaint: ['投诉导游服务态度', '投诉出发前临时变更行程', '投诉酒店标准降低'],
		returnComplaint: ['{product}取消出行，申请退款', '行程变更，{product}部分退款'],
		survey: ['行程满意度调查：评分{score}分', '回团问卷：评分{score}分'],
		winBack: ['回访：客户最近在其他平台预订', '推荐新线路，客户暂无出行计划'],
		exitSurvey: [
			'流失原因调查：价格偏高，评分{score}分',
			'流失原因调查：线路选择少，评分{score}分'
		],
		welcome: ['首单欢迎短信，附下次出行优惠券', '首次出行后回访，了解偏好'],
		collection: ['提醒支付团费尾款', '电话催缴尾款'],
		prospect: ['咨询{product}后发送报价', '电话跟进出行意向', '发送热门线路推荐']
	},
	en: {
		visit: [
			'In the shop asking about {product} dates and prices',
			'Shop meeting to plan a tailor-made trip',
			'Collected travel documents in the shop'
		],
		call: [
			'Called to confirm traveller details for the {product}',
			'Pre-departure call with travel advice',
			'Call after the trip to hear how it went'
		],
		message: [
			'Email: early-booking offer on {product}',
			'Sent the e-itinerary',
			'Text reminder to check passport expiry'
		],
		feedbackGood: [
			'Excellent guide, well-planned trip',
			'{product} great value, will book again',
			'Hotel in a great spot, whole family happy'
		],
		feedbackMixed: [
			'{product} a bit rushed',
			'Hotel average, rest fine',
			'Little free time on the trip'
		],
		feedbackBad: [
			'{product} not as advertised, disappointed',
			'Flight delayed and no one helped',
			'Too many shopping stops'
		],
		complaint: [
			'Complaint about the tour guide',
			'Complaint: itinerary changed at short notice',
			'Complaint: hotel below the promised standard'
		],
		returnComplaint: [
			'{product} cancelled, refund requested',
			'Trip changed, partial refund on {product}'
		],
		survey: [
			'Trip satisfaction survey: scored {score}',
			'Post-holiday questionnaire: scored {score}'
		],
		winBack: ['Called: booked elsewhere recently', 'Suggested new routes; no plans this year'],
		exitSurvey: [
			'Lapsed-customer survey: price, scored {score}',
			'Lapsed-customer survey: choice, scored {score}'
		],
		welcome: [
			'Welcome email with a next-trip voucher',
			'Called after their first trip to learn preferences'
		],
		collection: ['Reminder: balance of the holiday due', 'Called about the unpaid balance'],
		prospect: [
			'Sent a quote after a {product} enquiry',
			'Followed up on travel plans',
			'Sent popular routes'
		]
	}
};
