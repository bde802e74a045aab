import { describe, expect, it } from 'vitest';
import {
	fitDecisionTree,
	giniImpurity,
	mergeSameLeaves,
	predictTree,
	type TreeNode
} from './decision-tree';

// Seven customers, two features, three classes:
//   A (x 1, y 1) → 0   C (x 2, y 8) → 1   B (x 3, y 2) → 0   D (x 4, y 9) → 1
//   E (x 7, y 3) → 2   F (x 8, y 7) → 2   G (x 9, y 4) → 2
const x = Float64Array.from([1, 3, 2, 4, 7, 8, 9]);
const y = Float64Array.from([1, 2, 8, 9, 3, 7, 4]);
const labels = [0, 0, 1, 1, 2, 2, 2];

/** The tree's splits as text, depth first. */
function outline(node: TreeNode): string {
	if (node.kind === 'leaf') return `→${node.prediction}`;
	const name = node.feature === 0 ? 'x' : 'y';
	return `${name}<${node.threshold} (${outline(node.left)} | ${outline(node.right)})`;
}

describe('the CART tree', () => {
	it('computes Gini impurity as 1 − Σ share²', () => {
		// Counts 2, 2, 3 of 7: 1 − (4 + 4 + 9) / 49 = 32/49.
		expect(giniImpurity([2, 2, 3], 7)).toBeCloseTo(32 / 49, 12);
		expect(giniImpurity([4, 0], 4)).toBe(0);
	});

	it('chooses the splits worked out by hand', () => {
		// Root, cost = Σ child size × child Gini (the root itself: 7 × 32/49 = 4.571).
		// x sorted 1,2,3,4,7,8,9 with classes 0,1,0,1,2,2,2:
		//   x < 1.5: {0} 0 + {1,0,1,2,2,2} 6·(1 − 14/36) = 3.667
		//   x < 2.5: {0,1} 2·0.5 = 1 + {0,1,2,2,2} 5·(1 − 11/25) = 2.8 → 3.8
		//   x < 3.5: {0,1,0} 3·(4/9) = 1.333 + {1,2,2,2} 4·(6/16) = 1.5 → 2.833
		//   x < 5.5: {0,1,0,1} 4·0.5 = 2 + {2,2,2} 0 → 2          ← best
		//   x < 7.5: {0,1,0,1,2} 5·(16/25) = 3.2 + 0 → 3.2;  x < 8.5: 6·(2/3) = 4
		// y sorted 1,2,3,4,7,8,9 with classes 0,0,2,2,2,1,1:
		//   y < 1.5: 3.667;  y < 2.5: 0 + {2,2,2,1,1} 5·(12/25) = 2.4;  y < 3.5: 1.333 + 2 = 3.333
		//   y < 5.5: 2 + 1.333 = 3.333;  y < 7.5: 5·(12/25) = 2.4 + 0;  y < 8.5: 3.667
		// Left of x < 5.5 (A, C, B, D; classes 0,1,0,1; cost 2):
		//   x < 1.5: 0 + 3·(4/9) = 1.333;  x < 2.5: 1 + 1 = 2;  x < 3.5: 1.333 + 0
		//   y < 5 (midpoint of 2 and 8): {0,0} + {1,1} = 0          ← best
		// Right of x < 5.5: E, F, G all class 2, pure: a leaf.
		const tree = fitDecisionTree([x, y], labels, 3, { maxDepth: 3 });
		expect(outline(tree)).toBe('x<5.5 (y<5 (→0 | →1) | →2)');
		if (tree.kind !== 'split') throw new Error('expected a split');
		expect([tree.below, tree.above]).toEqual([4, 7]);
		expect(tree.counts).toEqual([2, 2, 3]);
		expect(predictTree(tree, (feature) => [3.5, 6][feature])).toBe(1);
	});

	it('never leaves a child below the minimum leaf size', () => {
		// With 3 at least: the root may cut x at 3.5 (2.833), 5.5 (2) or y at 3.5 / 5.5 (3.333):
		// x < 5.5 again; its left child of 4 cannot split into two of 3, so it is a leaf whose
		// classes tie 2–2 and which predicts the lower class, 0.
		const tree = fitDecisionTree([x, y], labels, 3, { maxDepth: 3, minLeafSize: 3 });
		expect(outline(tree)).toBe('x<5.5 (→0 | →2)');
	});

	it('stops at the maximum depth', () => {
		expect(outline(fitDecisionTree([x, y], labels, 3, { maxDepth: 1 }))).toBe('x<5.5 (→0 | →2)');
		expect(outline(fitDecisionTree([x, y], labels, 3, { maxDepth: 0 }))).toBe('→2');
	});

	it('charges a split one unit of impurity per missing value it drops', () => {
		// z separates the classes perfectly where present, but is missing for 3 of 6 rows:
		// cost 0 + 3 dropped = 3 against w < 2.5 (2|4, {0,0} 0 + {1,1,1,0}·4·(6/16) = 1.5).
		const z = Float64Array.from([1, NaN, NaN, 5, 6, NaN]);
		const w = Float64Array.from([1, 2, 3, 4, 5, 6]);
		const tree = fitDecisionTree([z, w], [0, 0, 1, 1, 1, 0], 2, { maxDepth: 1 });
		expect(outline(tree).replace('y', 'w')).toBe('w<2.5 (→0 | →1)');
	});

	it('merges sibling leaves of the same class without changing a prediction', () => {
		// 1..5 with classes 0 0 0 1 0 (root 5·(1 − 17/25) = 1.6). Cuts: < 1.5: 0 + 4·(6/16) = 1.5;
		// < 2.5: 0 + 3·(4/9) = 1.333; < 3.5: {0,0,0} 0 + {1,0} 2·0.5 = 1 (best); < 4.5: 1.5 + 0.
		// At depth 1 both children predict 0 ({1,0} ties and takes the lower class).
		const v = Float64Array.from([1, 2, 3, 4, 5]);
		const tree = fitDecisionTree([v], [0, 0, 0, 1, 0], 2, { maxDepth: 1 });
		expect(outline(tree)).toBe('x<3.5 (→0 | →0)');
		expect(outline(mergeSameLeaves(tree))).toBe('→0');
		const deeper = fitDecisionTree([v], [0, 0, 0, 1, 0], 2, { maxDepth: 2 });
		expect(outline(mergeSameLeaves(deeper))).toBe('x<3.5 (→0 | x<4.5 (→1 | →0))');
	});
});
