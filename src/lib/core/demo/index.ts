/** Seeded, deterministic demo data: a realistic small business's customers, orders and contacts. */

export {
	generateDemo,
	generateNextPeriod,
	DEFAULT_END_DAY,
	type DemoOptions,
	type NextPeriodOptions
} from './generate';
export type { DemoLocale } from './names';
