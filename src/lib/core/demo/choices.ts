/** The demos a teacher can choose: trades and sizes (no generator code, so pages can import it). */

/** The trades offered, in order; 'mixed' is the original demo business. */
export const DEMO_TRADES = ['retail', 'b2b', 'bank', 'travel', 'mixed'] as const;
export type DemoTrade = (typeof DEMO_TRADES)[number];

/** Customer counts offered: a classroom, a workshop, a large shop, a stress test. */
export const DEMO_SIZES = [300, 2_000, 20_000, 100_000] as const;

/** Whether a value names a trade. */
export function isDemoTrade(value: unknown): value is DemoTrade {
	return typeof value === 'string' && (DEMO_TRADES as readonly string[]).includes(value);
}
