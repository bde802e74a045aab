import { describe, expect, it } from 'vitest';
import { minimize, type Objective } from './optimize';

const rosenbrock: Objective = (x, gradient) => {
	const [u, v] = x;
	gradient[0] = -2 * (1 - u) - 400 * u * (v - u * u);
	gradient[1] = 200 * (v - u * u);
	return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
};

describe('minimize', () => {
	it('finds the minimum of the Rosenbrock valley', () => {
		const result = minimize(rosenbrock, [-1.2, 1], { lower: [-5, -5], upper: [5, 5] });
		expect(result.status).toBe('converged');
		expect(result.x[0]).toBeCloseTo(1, 5);
		expect(result.x[1]).toBeCloseTo(1, 5);
		expect(result.atBound).toEqual([false, false]);
	});

	it('stops on a bound the minimum lies beyond, and says so', () => {
		const slope: Objective = (x, gradient) => {
			gradient[0] = 2 * (x[0] - 10);
			gradient[1] = 2 * x[1];
			return (x[0] - 10) ** 2 + x[1] ** 2;
		};
		const result = minimize(slope, [0, 3], { lower: [-2, -2], upper: [2, 2] });
		expect(result.status).toBe('converged');
		expect(result.x[0]).toBe(2);
		expect(result.x[1]).toBeCloseTo(0, 6);
		expect(result.atBound).toEqual([true, false]);
	});

	it('reports a non-finite start instead of throwing', () => {
		const broken: Objective = () => NaN;
		expect(minimize(broken, [0], { lower: [-1], upper: [1] }).status).toBe('not-finite');
	});

	it('backs off from steps into a region where the objective is not finite', () => {
		const wall: Objective = (x, gradient) => {
			gradient[0] = 2 * (x[0] - 0.9);
			return x[0] > 1 ? NaN : (x[0] - 0.9) ** 2;
		};
		const result = minimize(wall, [-3], { lower: [-10], upper: [10] });
		expect(result.status).toBe('converged');
		expect(result.x[0]).toBeCloseTo(0.9, 6);
	});
});
