/**
 * The Chart.js configuration of customers on two principal axes, one colour per cluster, the
 * centres as large diamonds: the clustering lab's map and the explorer's cluster map.
 */

import type { ChartConfiguration } from 'chart.js';
import { colourOf } from './chart-setup';

export interface ClusterScatterInput {
	/** Per drawn customer: position and cluster index. */
	x: ArrayLike<number>;
	y: ArrayLike<number>;
	cluster: ArrayLike<number>;
	centres: readonly { x: number; y: number }[];
	/** One per cluster, in the interface language. */
	names: readonly string[];
	centresLabel: string;
	xTitle: string;
	yTitle: string;
}

export function clusterScatterConfig(input: ClusterScatterInput): ChartConfiguration {
	const points = input.names.map(() => [] as { x: number; y: number }[]);
	for (let i = 0; i < input.x.length; i++)
		points[input.cluster[i]]?.push({ x: input.x[i], y: input.y[i] });
	return {
		type: 'scatter',
		data: {
			datasets: [
				...points.map((data, c) => ({
					label: input.names[c],
					data,
					backgroundColor: `${colourOf(c)}99`,
					borderColor: colourOf(c),
					borderWidth: 0.5,
					pointRadius: 2.5
				})),
				{
					label: input.centresLabel,
					data: [...input.centres],
					pointStyle: 'rectRot',
					pointRadius: 10,
					backgroundColor: input.centres.map((_, c) => colourOf(c)),
					borderColor: '#ffffff',
					borderWidth: 2
				}
			]
		},
		options: {
			animation: false,
			parsing: false,
			plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
			scales: {
				x: { type: 'linear', title: { display: true, text: input.xTitle } },
				y: { type: 'linear', title: { display: true, text: input.yTitle } }
			}
		}
	};
}
