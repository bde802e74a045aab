/** Synthetic bulk data for storage benchmarks (not timed): n orders of m customers. */

import type { Customer, OrderColumns } from '$lib/core/model';

export function syntheticCustomers(count: number): Customer[] {
	const regions = ['华东', '华南', '华北', '西南'];
	return Array.from({ length: count }, (_, i) => ({
		id: `C${String(i).padStart(6, '0')}`,
		name: `客户${i}`,
		phone: `138${String(i).padStart(8, '0')}`,
		region: regions[i % regions.length],
		city: `城市${i % 50}`,
		channel: i % 3 === 0 ? '线上' : '线下',
		createdDay: 19_000 + (i % 700)
	}));
}

export function syntheticOrders(count: number, customers: number): OrderColumns {
	return {
		customerIds: Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`),
		customer: Uint32Array.from({ length: count }, (_, i) => (i * 7919) % customers),
		day: Int32Array.from({ length: count }, (_, i) => 19_000 + (i % 730)),
		secondOfDay: Int32Array.from({ length: count }, (_, i) => (i * 37) % 86_400),
		amount: Float64Array.from({ length: count }, (_, i) => 10 + ((i * 13) % 997) / 3),
		cost: new Float64Array(count).fill(NaN),
		quantity: Float64Array.from({ length: count }, (_, i) => 1 + (i % 4)),
		status: Uint8Array.from({ length: count }, (_, i) => (i % 97 === 0 ? 1 : 0)),
		orderId: Array.from({ length: count }, (_, i) => `SO${i}`),
		product: new Array<string>(count).fill('')
	};
}
