import { describe, expect, it } from 'vitest';
import { fromNestedRows } from '../cluster/matrix';
import { silhouetteByClass } from './cluster-silhouette';

describe('silhouetteByClass', () => {
	it('averages the rows’ silhouettes per cluster (worked by hand on a line)', () => {
		// Cluster 0 at 0 and 1, cluster 1 at 4 and 6.
		const points = fromNestedRows([[0], [1], [4], [6]]);
		const scores = silhouetteByClass(points, [0, 0, 1, 1], 3);
		// Row 0: a = 1, b = (4 + 6) / 2 = 5 → 0.8; row 1: a = 1, b = 4 → 0.75.
		expect(scores[0]).toBeCloseTo((0.8 + 0.75) / 2, 12);
		// Row 2: a = 2, b = 3.5 → 1.5 / 3.5; row 3: a = 2, b = 5.5 → 3.5 / 5.5.
		expect(scores[1]).toBeCloseTo((1.5 / 3.5 + 3.5 / 5.5) / 2, 12);
		expect(scores[2]).toBeNaN();
	});

	it('samples large data with a fixed seed, so the figure is repeatable', () => {
		const rows = Array.from({ length: 400 }, (_, i) => [i % 2 === 0 ? i / 400 : 10 + i / 400]);
		const labels = rows.map((_, i) => i % 2);
		const points = fromNestedRows(rows);
		const first = silhouetteByClass(points, labels, 2, { exactUpTo: 50 });
		expect(silhouetteByClass(points, labels, 2, { exactUpTo: 50 })).toEqual(first);
		expect(first[0]).toBeGreaterThan(0.9);
	});
});
