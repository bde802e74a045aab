/**
 * The Chart.js controllers, elements, scales and plugins the screens use; chart-setup.ts
 * registers every one of them, and the rest of Chart.js is tree-shaken away.
 */
export {
	BarController,
	BarElement,
	CategoryScale,
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
