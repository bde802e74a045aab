/**
 * Runs customers' order plans into order rows (growable typed arrays), then sorts them by day
 * and customer into `OrderColumns` with order ids.
 */

import { dayFromParts, partsFromDay } from '../days';
import { ORDER_STATUS, type DayNumber, type OrderColumns, type OrderStatus } from '../model';
import { copyOrderNumbers, newOrderColumns } from '../order-columns';
import type { Random } from '../random';
import { pickCumulative, type OrderPlan } from './behaviour';
import { orderSecond, type DayWeights } from './calendar';
import type { ChannelKind, LocaleLists } from './names';

/** What the order simulation needs to know about one customer. */
export interface OrderSubject {
	plan: OrderPlan | null;
	business: boolean;
	channel: ChannelKind;
	productCum: Float64Array;
	/** Buys on workdays like a business (a business traveller); default false. */
	workdays?: boolean;
}

/** A customer's purchases in the simulated window, for credit fields and interactions. */
export interface SubjectStats {
	/** Orders with status ok. */
	okCount: number;
	okAmount: number;
	/** First and last day with an ok order, -1 when none. */
	firstDay: DayNumber;
	lastDay: DayNumber;
	/** Net amount (ok orders less returns) in the last 90 days of the window. */
	recentAmount: number;
	returnDays: DayNumber[];
}

export interface OrderContext {
	lists: LocaleLists;
	weights: { consumer: DayWeights; business: DayWeights };
	/** The last day a row may have (returns after it are dropped). */
	lastDay: DayNumber;
	/** Costs are on record from this day on (the shop started tracking them then). */
	costKnownFrom: DayNumber;
}

/** Order rows in generation order; `customer` indexes the subjects. */
export class OrderRows {
	length = 0;
	customer = new Uint32Array(1024);
	day = new Int32Array(1024);
	secondOfDay = new Int32Array(1024);
	amount = new Float64Array(1024);
	cost = new Float64Array(1024);
	quantity = new Float64Array(1024);
	status = new Uint8Array(1024);
	product: string[] = [];

	/** Appends row `r` of a customer's scratch rows as the customer's (subject index). */
	push(customer: number, scratch: Scratch, r: number): void {
		if (this.length === this.day.length) this.grow();
		const i = this.length++;
		this.customer[i] = customer;
		copyOrderNumbers(this, i, scratch, r);
		this.product.push(scratch.product[r]);
	}

	private grow(): void {
		const size = this.day.length * 2;
		const extend = <T extends Uint32Array | Int32Array | Float64Array | Uint8Array>(
			old: T,
			make: (n: number) => T
		): T => {
			const next = make(size);
			next.set(old);
			return next;
		};
		this.customer = extend(this.customer, (n) => new Uint32Array(n));
		this.day = extend(this.day, (n) => new Int32Array(n));
		this.secondOfDay = extend(this.secondOfDay, (n) => new Int32Array(n));
		this.amount = extend(this.amount, (n) => new Float64Array(n));
		this.cost = extend(this.cost, (n) => new Float64Array(n));
		this.quantity = extend(this.quantity, (n) => new Float64Array(n));
		this.status = extend(this.status, (n) => new Uint8Array(n));
	}
}

export const cents = (value: number): number => Math.round(value * 100) / 100;

/**
 * Purchase days of a plan: its anchors, then a Poisson process whose rate follows the day
 * weights, drawn by thinning (candidates at the peak rate, kept with probability weight / peak).
 */
function purchaseDays(plan: OrderPlan, weights: DayWeights, random: Random): DayNumber[] {
	const days = plan.anchors.slice();
	if (plan.from > plan.to || !(plan.rate > 0)) return days;
	const perDayMax = (plan.rate / 365) * weights.max;
	let t = plan.from;
	for (;;) {
		t += random.exponential(1 / perDayMax);
		const day = Math.floor(t);
		if (day > plan.to) break;
		if (random.next() * weights.max < weights.weights[day - weights.first]) days.push(day);
	}
	// Anchors first, then the process's days in order; the caller sorts the rows.
	return days;
}

/** One customer's rows before they are sorted into `OrderRows`; reused between customers. */
export class Scratch {
	day: number[] = [];
	secondOfDay: number[] = [];
	amount: number[] = [];
	cost: number[] = [];
	quantity: number[] = [];
	status: OrderStatus[] = [];
	product: string[] = [];
	order: number[] = [];

	clear(): void {
		this.day.length = 0;
		this.secondOfDay.length = 0;
		this.amount.length = 0;
		this.cost.length = 0;
		this.quantity.length = 0;
		this.status.length = 0;
		this.product.length = 0;
		this.order.length = 0;
	}

	add(
		day: DayNumber,
		second: number,
		amount: number,
		cost: number,
		quantity: number,
		status: OrderStatus,
		product: string
	): void {
		this.order.push(this.day.length);
		this.day.push(day);
		this.secondOfDay.push(second);
		this.amount.push(amount);
		this.cost.push(cost);
		this.quantity.push(quantity);
		this.status.push(status);
		this.product.push(product);
	}

	/** Row indices by day then time; insertion sort, as rows arrive almost in order. */
	sorted(): number[] {
		const { order, day, secondOfDay: second } = this;
		for (let i = 1; i < order.length; i++) {
			const row = order[i];
			let j = i - 1;
			while (
				j >= 0 &&
				(day[order[j]] > day[row] || (day[order[j]] === day[row] && second[order[j]] > second[row]))
			) {
				order[j + 1] = order[j];
				j--;
			}
			order[j + 1] = row;
		}
		return order;
	}
}

/** Simulates every subject's orders; subject i becomes customer index i of the rows. */
export function simulateOrders(
	subjects: readonly OrderSubject[],
	context: OrderContext,
	random: Random
): { rows: OrderRows; stats: SubjectStats[] } {
	const { lists, lastDay, costKnownFrom } = context;
	const rows = new OrderRows();
	const stats: SubjectStats[] = [];
	const recentFrom = lastDay - 89;
	const scratch = new Scratch();
	const products = lists.products;
	// Pricier categories have bigger baskets, scaled so the typical basket keeps the plan's median.
	let logPriceMean = 0;
	let weightSum = 0;
	for (const product of products) {
		logPriceMean += product.consumerWeight * Math.log(product.unitPrice);
		weightSum += product.consumerWeight;
	}
	logPriceMean /= weightSum;
	const basketScale = products.map((p) => Math.exp(0.5 * (Math.log(p.unitPrice) - logPriceMean)));

	for (let index = 0; index < subjects.length; index++) {
		const subject = subjects[index];
		const stat: SubjectStats = {
			okCount: 0,
			okAmount: 0,
			firstDay: -1,
			lastDay: -1,
			recentAmount: 0,
			returnDays: []
		};
		stats.push(stat);
		const plan = subject.plan;
		if (!plan) continue;
		const weights =
			subject.business || subject.workdays ? context.weights.business : context.weights.consumer;
		const days = purchaseDays(plan, weights, random);
		scratch.clear();

		for (let k = 0; k < days.length; k++) {
			const day = days[k];
			const anchored = k < plan.anchors.length;
			const categoryIndex = pickCumulative(subject.productCum, random.next());
			const category = products[categoryIndex];
			let amount =
				plan.medianAmount *
				basketScale[categoryIndex] *
				Math.exp(random.normal(0, plan.amountSigma));
			// At least one item, perhaps at a discount.
			amount = cents(Math.max(amount, category.unitPrice * (0.6 + 0.4 * random.next())));
			const unitPrice = category.unitPrice * Math.exp(random.normal(0, 0.25));
			const quantity = random.chance(0.04) ? NaN : Math.max(1, Math.round(amount / unitPrice));
			const margin = Math.min(0.45, Math.max(0.2, category.margin + random.normal(0, 0.04)));
			const costKnown = day >= costKnownFrom && !random.chance(0.03);
			const cost = costKnown ? cents(amount * (1 - margin)) : NaN;
			const product = random.chance(0.02) ? '' : category.name;
			let status: OrderStatus = ORDER_STATUS.ok;
			if (!anchored && random.chance(plan.cancelRate)) status = ORDER_STATUS.cancelled;
			const second = orderSecond(random, subject.channel, subject.business);
			scratch.add(day, second, amount, cost, quantity, status, product);

			if (status === ORDER_STATUS.ok && !anchored && random.chance(plan.returnRate)) {
				const returnDay = day + random.int(1, 20);
				if (returnDay > lastDay) continue;
				// Most returns are of the whole order, some of part of it.
				const share = random.chance(0.7) ? 1 : 0.2 + 0.5 * random.next();
				scratch.add(
					returnDay,
					orderSecond(random, subject.channel, subject.business),
					-cents(amount * share),
					Number.isNaN(cost) ? NaN : -cents(cost * share),
					Number.isNaN(quantity) ? NaN : -Math.max(1, Math.round(quantity * share)),
					ORDER_STATUS.returned,
					product
				);
			}
		}

		for (const r of scratch.sorted()) {
			const day = scratch.day[r];
			const status = scratch.status[r];
			const amount = scratch.amount[r];
			rows.push(index, scratch, r);
			if (status === ORDER_STATUS.ok) {
				stat.okCount++;
				stat.okAmount += amount;
				if (stat.firstDay < 0) stat.firstDay = day;
				stat.lastDay = day;
			} else if (status === ORDER_STATUS.returned) {
				stat.returnDays.push(day);
			}
			if (day >= recentFrom && status !== ORDER_STATUS.cancelled) stat.recentAmount += amount;
		}
	}
	return { rows, stats };
}

/** The highest order number used per year by ids of the form 'SO-YYYY-NNNNNN'. */
export function orderNumbersInUse(orderIds: readonly string[]): Map<number, number> {
	const used = new Map<number, number>();
	for (const id of orderIds) {
		const match = /^SO-(\d{4})-(\d+)$/.exec(id);
		if (!match) continue;
		const year = Number(match[1]);
		const number = Number(match[2]);
		if (number > (used.get(year) ?? 0)) used.set(year, number);
	}
	return used;
}

/**
 * Sorts rows by day (stable, so customers keep subject order and a customer's same-day orders
 * keep time order), keeps only customers with rows, and numbers orders per year after `used`.
 */
export function finishOrders(
	rows: OrderRows,
	subjectIds: readonly string[],
	used: ReadonlyMap<number, number> = new Map()
): OrderColumns {
	const n = rows.length;
	const remap = new Int32Array(subjectIds.length).fill(-1);
	for (let i = 0; i < n; i++) remap[rows.customer[i]] = 0;
	const customerIds: string[] = [];
	for (let s = 0; s < subjectIds.length; s++) {
		if (remap[s] === 0) {
			remap[s] = customerIds.length;
			customerIds.push(subjectIds[s]);
		}
	}

	let minDay = Infinity;
	let maxDay = -Infinity;
	for (let i = 0; i < n; i++) {
		if (rows.day[i] < minDay) minDay = rows.day[i];
		if (rows.day[i] > maxDay) maxDay = rows.day[i];
	}
	// Counting sort on the day: O(n + days) and stable.
	const buckets = new Uint32Array(n > 0 ? maxDay - minDay + 2 : 1);
	for (let i = 0; i < n; i++) buckets[rows.day[i] - minDay + 1]++;
	for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[buckets[rows.day[i] - minDay]++] = i;

	const columns = newOrderColumns(n, customerIds);
	const counters = new Map(used);
	let year = 0;
	let nextYearStart = -Infinity;
	let counter = 0;
	let prefix = '';
	for (let k = 0; k < n; k++) {
		const i = order[k];
		const day = rows.day[i];
		if (day >= nextYearStart) {
			if (year) counters.set(year, counter);
			year = partsFromDay(day).year;
			nextYearStart = dayFromParts(year + 1, 1, 1);
			counter = counters.get(year) ?? 0;
			prefix = `SO-${year}-`;
		}
		counter++;
		columns.customer[k] = remap[rows.customer[i]];
		copyOrderNumbers(columns, k, rows, i);
		columns.orderId[k] =
			prefix + (counter < 1e6 ? String(1e6 + counter).slice(1) : String(counter));
		columns.product[k] = rows.product[i];
	}
	return columns;
}
