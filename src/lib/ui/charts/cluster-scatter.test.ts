import { describe, expect, it } from 'vitest';
import { clusterScatterConfig } from './cluster-scatter';

describe('clusterScatterConfig', () => {
	it('draws each customer in its cluster’s series and the centres last', () => {
		const config = clusterScatterConfig({
			x: [0, 1, 2, 3],
			y: [5, 6, 7, 8],
			cluster: Int32Array.from([1, 0, 1, 1]),
			centres: [
				{ x: 1, y: 6 },
				{ x: 5 / 3, y: 20 / 3 }
			],
			names: ['甲', '乙'],
			centresLabel: 'centres',
			xTitle: 'PC1',
			yTitle: 'PC2'
		});
		const datasets = config.data.datasets;
		expect(datasets.map((set) => set.label)).toEqual(['甲', '乙', 'centres']);
		expect(datasets[0].data).toEqual([{ x: 1, y: 6 }]);
		expect(datasets[1].data).toEqual([
			{ x: 0, y: 5 },
			{ x: 2, y: 7 },
			{ x: 3, y: 8 }
		]);
		expect(datasets[2].data).toHaveLength(2);
	});
});
