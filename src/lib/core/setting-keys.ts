/** Keys of the records in the `settings` table that the page and the worker both read. */

/** The last segmentation settings the user ran with. */
export const SEGMENT_SETTINGS_KEY = 'segmentSettings';
/** The Customer value screen's model settings (unit, horizon, discount, margin, hold-out). */
export const VALUE_SETTINGS_KEY = 'valueSettings';
/** Which demo business is loaded and how many periods were added. */
export const DEMO_SETTING = 'demo';
