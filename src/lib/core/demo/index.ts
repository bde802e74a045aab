/** Seeded, deterministic demo data: a realistic small business's customers, orders and contacts. */

export {
	generateDemo,
	generateNextPeriod,
	generateNextPeriodWithCampaigns,
	DEFAULT_END_DAY,
	type DemoOptions,
	type NextPeriodOptions
} from './generate';
export type { DemoLocale } from './names';
export { DEMO_SIZES, DEMO_TRADES, isDemoTrade, type DemoTrade } from './choices';
export { contactRateFor, tradeAttributeFields } from './trades';
export { BANK_FIELDS } from './trade-bank';
export { B2B_FIELDS } from './trade-b2b';
export { RETAIL_FIELDS } from './trade-retail';
export { TRAVEL_FIELDS } from './trade-travel';
export type { DemoCampaign } from './campaign-effect';
