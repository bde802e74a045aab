/**
 * A small classification tree (CART, Breiman et al. 1984): binary, axis-aligned splits
 * `value < threshold` chosen to minimise the weighted Gini impurity of the two children, with the
 * threshold at the midpoint between two neighbouring distinct values, grown to a maximum depth
 * and never leaving a child smaller than the minimum leaf size. Missing values (NaN) follow
 * neither branch: a split drops them from the subtree, and counts each as fully impure, so a
 * feature with gaps is chosen only when it separates the rest well enough to pay for them (the
 * rules read from the tree never match a missing value either).
 */

export interface TreeOptions {
	/** Levels of splits below the root (default 3). */
	maxDepth?: number;
	/** Customers at least in each child of a split (default 1). */
	minLeafSize?: number;
}

interface NodeBase {
	/** Rows that reach the node, per class. */
	counts: number[];
	size: number;
	/** The class with most rows (the lowest index on a tie). */
	prediction: number;
}

export interface TreeLeaf extends NodeBase {
	kind: 'leaf';
}

export interface TreeSplit extends NodeBase {
	kind: 'split';
	/** Index of the feature column. */
	feature: number;
	/** Rows with value < threshold go left, the others right; the midpoint of `below` and `above`. */
	threshold: number;
	/** The largest value that goes left and the smallest that goes right (any cut between works). */
	below: number;
	above: number;
	left: TreeNode;
	right: TreeNode;
}

export type TreeNode = TreeLeaf | TreeSplit;

/** Gini impurity of class counts over `size` rows: 1 − Σ share². */
export function giniImpurity(counts: ArrayLike<number>, size: number): number {
	if (size === 0) return 0;
	let sumSquares = 0;
	for (let c = 0; c < counts.length; c++) sumSquares += counts[c] * counts[c];
	return 1 - sumSquares / (size * size);
}

interface BestSplit {
	feature: number;
	threshold: number;
	below: number;
	above: number;
	/** Σ over children of size × Gini, plus one per dropped (missing) row. */
	cost: number;
}

/** Fits a tree predicting `labels` (0..classCount−1) from columns aligned with them. */
export function fitDecisionTree(
	columns: readonly Float64Array[],
	labels: ArrayLike<number>,
	classCount: number,
	options: TreeOptions = {}
): TreeNode {
	const maxDepth = options.maxDepth ?? 3;
	const minLeafSize = Math.max(1, options.minLeafSize ?? 1);
	for (const column of columns) {
		if (column.length !== labels.length) throw new RangeError('fitDecisionTree: lengths differ');
	}
	const rows = Uint32Array.from({ length: labels.length }, (_, i) => i);
	return grow(rows, 0);

	function grow(nodeRows: Uint32Array, depth: number): TreeNode {
		const counts = classCounts(nodeRows, labels, classCount);
		const base = { counts, size: nodeRows.length, prediction: majority(counts) };
		const impurity = giniImpurity(counts, nodeRows.length) * nodeRows.length;
		if (depth >= maxDepth || impurity === 0) return { kind: 'leaf', ...base };
		let best: BestSplit | undefined;
		columns.forEach((column, feature) => {
			const found = bestSplitOn(column, feature, nodeRows, labels, classCount, minLeafSize);
			if (found && (!best || found.cost < best.cost - 1e-9)) best = found;
		});
		// Only a split that lowers the impurity is worth a rule.
		if (!best || best.cost >= impurity - 1e-9) return { kind: 'leaf', ...base };
		const { feature, threshold } = best;
		const column = columns[feature];
		const left = nodeRows.filter((row) => column[row] < threshold);
		const right = nodeRows.filter((row) => column[row] >= threshold);
		return {
			kind: 'split',
			...base,
			feature,
			threshold,
			below: best.below,
			above: best.above,
			left: grow(left, depth + 1),
			right: grow(right, depth + 1)
		};
	}
}

/** The lowest-cost cut of one feature that leaves both children at least `minLeafSize` rows. */
function bestSplitOn(
	column: Float64Array,
	feature: number,
	nodeRows: Uint32Array,
	labels: ArrayLike<number>,
	classCount: number,
	minLeafSize: number
): BestSplit | undefined {
	const present = nodeRows.filter((row) => !Number.isNaN(column[row]));
	present.sort((a, b) => column[a] - column[b]);
	const dropped = nodeRows.length - present.length;
	const right = classCounts(present, labels, classCount);
	const left = new Array<number>(classCount).fill(0);
	let best: BestSplit | undefined;
	for (let i = 0; i < present.length - 1; i++) {
		const label = labels[present[i]];
		left[label]++;
		right[label]--;
		const below = column[present[i]];
		const above = column[present[i + 1]];
		const leftSize = i + 1;
		const rightSize = present.length - leftSize;
		if (below === above || leftSize < minLeafSize || rightSize < minLeafSize) continue;
		const cost =
			giniImpurity(left, leftSize) * leftSize +
			giniImpurity(right, rightSize) * rightSize +
			dropped;
		if (!best || cost < best.cost - 1e-9) {
			best = { feature, threshold: (below + above) / 2, below, above, cost };
		}
	}
	return best;
}

function classCounts(rows: Uint32Array, labels: ArrayLike<number>, classCount: number): number[] {
	const counts = new Array<number>(classCount).fill(0);
	for (const row of rows) counts[labels[row]]++;
	return counts;
}

function majority(counts: readonly number[]): number {
	let best = 0;
	for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
	return best;
}

/**
 * The same predictions with fewer leaves: a split whose two children end as leaves of the same
 * class becomes one leaf (it lowered the impurity without changing any prediction).
 */
export function mergeSameLeaves(node: TreeNode): TreeNode {
	if (node.kind === 'leaf') return node;
	const left = mergeSameLeaves(node.left);
	const right = mergeSameLeaves(node.right);
	if (left.kind === 'leaf' && right.kind === 'leaf' && left.prediction === right.prediction) {
		return { kind: 'leaf', counts: node.counts, size: node.size, prediction: left.prediction };
	}
	return { ...node, left, right };
}

/** The class the tree predicts for one row of feature values (-1 when a missing value stops it). */
export function predictTree(tree: TreeNode, values: (feature: number) => number): number {
	let node = tree;
	while (node.kind === 'split') {
		const value = values(node.feature);
		if (Number.isNaN(value)) return -1;
		node = value < node.threshold ? node.left : node.right;
	}
	return node.prediction;
}
