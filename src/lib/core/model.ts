import type { Campaign } from './campaigns/model';
import type { StoredRun } from './run-records';

/**
 * The data model shared by every layer. Plain data only: no classes, no DOM, no Dexie.
 *
 * Dates are calendar days in the user's time zone, stored as "day numbers": whole days since
 * 1970-01-01 (see `days.ts`). A time of day, when an import has one, is kept separately in
 * seconds since midnight; measures count whole days.
 */

/** Days since 1970-01-01 (a calendar date, no time zone). */
export type DayNumber = number;

/** A customer record as the user sees and edits it. `id` is the user's own identifier. */
export interface Customer {
	id: string;
	name: string;
	phone?: string;
	email?: string;
	region?: string;
	city?: string;
	industry?: string;
	channel?: string;
	gender?: string;
	birthYear?: number;
	ageBand?: string;
	incomeBand?: string;
	/** The salesperson who owns the account. */
	owner?: string;
	createdDay?: DayNumber;
	creditLimit?: number;
	balanceOwed?: number;
	overdueDays?: number;
	overdueCount?: number;
	riskGrade?: string;
	/** Any further columns of an import, by their header. */
	custom?: Record<string, string | number>;
}

/** Order status: returns and cancellations reduce value rather than count as purchases. */
export const ORDER_STATUS = { ok: 0, returned: 1, cancelled: 2 } as const;
export type OrderStatus = (typeof ORDER_STATUS)[keyof typeof ORDER_STATUS];

/**
 * Orders as columns: the bulk of the data (a shop can have millions), so they are kept and
 * moved as typed arrays rather than one object per order. Row i of every column is order i.
 */
export interface OrderColumns {
	/** The distinct customer ids referred to by `customer`. */
	customerIds: string[];
	/** Index into `customerIds`. */
	customer: Uint32Array;
	day: Int32Array;
	/** Seconds since midnight, or -1 when the source had no time of day. */
	secondOfDay: Int32Array;
	/** Net amount in the shop's currency; negative for a return. */
	amount: Float64Array;
	/** Cost of goods, NaN where unknown. */
	cost: Float64Array;
	/** Units, NaN where unknown. */
	quantity: Float64Array;
	status: Uint8Array;
	/** The user's order id, '' where the source had none. */
	orderId: string[];
	/** Product or category, '' where unknown. */
	product: string[];
}

/** One order as an object: for a profile's order list and single edits, never for bulk work. */
export interface Order {
	customerId: string;
	day: DayNumber;
	secondOfDay: number;
	amount: number;
	cost: number;
	quantity: number;
	status: OrderStatus;
	orderId: string;
	product: string;
}

export const INTERACTION_KINDS = [
	'visit',
	'call',
	'message',
	'feedback',
	'complaint',
	'survey'
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction {
	/** A random UUID, so records made offline on two devices never collide. */
	id: string;
	customerId: string;
	day: DayNumber;
	kind: InteractionKind;
	note: string;
	/** Satisfaction 1–5 where recorded. */
	satisfaction?: number;
}

/** A saved column mapping for imports, offered again when a file with the same headers comes. */
export interface ImportTemplate {
	id: string;
	name: string;
	/** Normalised header row the template was saved for. */
	headerSignature: string;
	mapping: Record<string, string>;
	options: Record<string, string | number | boolean>;
	savedAt: number;
}

/** A key/value setting. Values are plain, structured-cloneable data. */
export interface Setting {
	key: string;
	value: unknown;
}

/** One action of a segment's strategy checklist. */
export interface StrategyItem {
	id: string;
	text: string;
	owner?: string;
	/** Due date (day number). */
	dueDay?: DayNumber;
	done: boolean;
	/** Epoch ms when ticked. */
	doneAt?: number;
}

/** The strategy checklist of one segment (a class of a scheme). */
export interface SegmentStrategy {
	/** `${schemeId}/${classId}`. */
	id: string;
	schemeId: string;
	classId: string;
	/** Who is responsible for the segment. */
	owner?: string;
	items: StrategyItem[];
	/** Epoch ms of the last change. */
	updatedAt: number;
}

/** Everything the store holds, as one plain value: what a backup carries and a restore writes. */
export interface StoreSnapshot {
	customers: Customer[];
	orders: OrderColumns;
	interactions: Interaction[];
	settings: Setting[];
	importTemplates: ImportTemplate[];
	/** Segmentation runs, oldest first. */
	runs: StoredRun[];
	/** Strategy checklists per segment. */
	strategies: SegmentStrategy[];
	/** Campaigns with their groups, oldest first. */
	campaigns: Campaign[];
}

/** The customer fields that hold text (besides `id` and `name`), in display order. */
export const CUSTOMER_TEXT_FIELDS = [
	'phone',
	'email',
	'region',
	'city',
	'industry',
	'channel',
	'gender',
	'ageBand',
	'incomeBand',
	'owner',
	'riskGrade'
] as const satisfies readonly (keyof Customer)[];

/** The customer fields that hold numbers (days, years, money, counts). */
export const CUSTOMER_NUMBER_FIELDS = [
	'birthYear',
	'createdDay',
	'creditLimit',
	'balanceOwed',
	'overdueDays',
	'overdueCount'
] as const satisfies readonly (keyof Customer)[];
