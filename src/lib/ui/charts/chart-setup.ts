/**
 * Chart.js, tree-shaken: only the parts the screens use (chart-parts.ts) are registered.
 * Colours readable on a projector and by colour-blind viewers (Okabe–Ito).
 */

import { Chart } from 'chart.js';
import * as parts from './chart-parts';

Chart.register(...Object.values(parts));

Chart.defaults.font.family =
	"system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1d2524';
Chart.defaults.maintainAspectRatio = false;

/** Okabe–Ito palette (distinguishable with colour-vision deficiencies), then repeats. */
export const PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#000000',
	'#7f7f7f',
	'#8c564b'
];

/** The colour of series or class i. */
export const colourOf = (i: number) => PALETTE[i % PALETTE.length];

export { Chart };
