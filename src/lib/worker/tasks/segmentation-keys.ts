/** Setting key of the last segmentation settings the user ran with (read by the page too). */
export const SEGMENT_SETTINGS_KEY = 'segmentSettings';
