/** A small, hand-made store snapshot for unit tests (three customers, five orders). */

import { dayFromParts } from '../days';
import type { StoreSnapshot } from '../model';
import { ordersFromObjects } from '../order-columns';

export function smallSnapshot(): StoreSnapshot {
	const day = (m: number, d: number) => dayFromParts(2025, m, d);
	return {
		customers: [
			{ id: 'C1', name: '王芳', city: '杭州', channel: '线上', createdDay: day(1, 3) },
			{ id: 'C2', name: 'Alice Smith', email: 'alice@example.com', creditLimit: 5000 },
			{ id: 'C3', name: '<img src=x onerror=alert(1)>', custom: { 会员等级: '金卡', points: 120 } }
		],
		orders: ordersFromObjects([
			{
				customerId: 'C1',
				day: day(1, 3),
				secondOfDay: 36_000,
				amount: 120.5,
				cost: 80,
				quantity: 2,
				status: 0,
				orderId: 'SO-1',
				product: '茶叶'
			},
			{
				customerId: 'C1',
				day: day(2, 14),
				secondOfDay: -1,
				amount: 88,
				cost: NaN,
				quantity: NaN,
				status: 0,
				orderId: 'SO-2',
				product: ''
			},
			{
				customerId: 'C2',
				day: day(3, 1),
				secondOfDay: 50_000,
				amount: 1999.99,
				cost: 1500,
				quantity: 1,
				status: 0,
				orderId: 'SO-3',
				product: 'Laptop'
			},
			{
				customerId: 'C2',
				day: day(3, 9),
				secondOfDay: 51_000,
				amount: -1999.99,
				cost: -1500,
				quantity: -1,
				status: 1,
				orderId: 'SO-3R',
				product: 'Laptop'
			},
			{
				customerId: 'C1',
				day: day(4, 30),
				secondOfDay: 0,
				amount: 35,
				cost: NaN,
				quantity: 1,
				status: 2,
				orderId: 'SO-4',
				product: '茶具'
			}
		]),
		interactions: [
			{
				id: 'i-1',
				customerId: 'C1',
				day: day(2, 20),
				kind: 'call',
				note: '询问新品',
				satisfaction: 4
			},
			{ id: 'i-2', customerId: 'C3', day: day(5, 2), kind: 'visit', note: 'met at fair' }
		],
		settings: [{ key: 'currency', value: 'CNY' }],
		runs: [],
		strategies: [],
		campaigns: [],
		importTemplates: [
			{
				id: 't-1',
				name: '收银机导出',
				headerSignature: '客户编号|日期|金额',
				mapping: { customer: '客户编号' },
				options: { dateFormat: 'YMD' },
				savedAt: 1
			}
		]
	};
}
