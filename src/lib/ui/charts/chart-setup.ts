/**
 * Chart.js, tree-shaken: only the controllers, elements and scales the screens use are
 * registered. Colours readable on a projector and by colour-blind viewers (Okabe–Ito).
 */

import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	ScatterController,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	ScatterController,
	Filler,
	Legend,
	Tooltip
);

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
