/**
 * The one data shape of the clustering core: a dense row-major matrix of float64 values in a
 * single typed array, so it crosses the worker boundary as one transferable buffer.
 */

/** A dense row-major matrix: row r, column c is `data[r * cols + c]`. */
export interface FlatMatrix {
	readonly data: Float64Array;
	readonly rows: number;
	readonly cols: number;
}

/** A flat matrix over `data`, checking that its length is rows × cols. */
export function flatMatrix(data: Float64Array, rows: number, cols: number): FlatMatrix {
	if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
		throw new RangeError(`flatMatrix: bad shape ${rows} × ${cols}`);
	}
	if (data.length !== rows * cols) {
		throw new RangeError(`flatMatrix: ${data.length} values for ${rows} × ${cols}`);
	}
	return { data, rows, cols };
}

/** A flat matrix from nested rows (all rows must have the same length). */
export function fromNestedRows(rows: readonly (readonly number[])[]): FlatMatrix {
	const cols = rows.length > 0 ? rows[0].length : 0;
	const data = new Float64Array(rows.length * cols);
	for (let row = 0; row < rows.length; row++) {
		if (rows[row].length !== cols) throw new RangeError('fromNestedRows: ragged rows');
		data.set(rows[row], row * cols);
	}
	return { data, rows: rows.length, cols };
}

/** The matrix as `number[][]`, the shape ml-kmeans wants (a plain loop: ~12 ms for 100k × 6). */
export function toNestedRows(matrix: FlatMatrix): number[][] {
	const { data, rows, cols } = matrix;
	const nested = new Array<number[]>(rows);
	for (let row = 0; row < rows; row++) {
		const values = new Array<number>(cols);
		const offset = row * cols;
		for (let col = 0; col < cols; col++) values[col] = data[offset + col];
		nested[row] = values;
	}
	return nested;
}

/** A new matrix holding the given rows of `matrix`, in the order given. */
export function selectRows(matrix: FlatMatrix, indices: ArrayLike<number>): FlatMatrix {
	const { data, cols } = matrix;
	const selected = new Float64Array(indices.length * cols);
	for (let i = 0; i < indices.length; i++) {
		const from = indices[i] * cols;
		selected.set(data.subarray(from, from + cols), i * cols);
	}
	return { data: selected, rows: indices.length, cols };
}

/** One row of the matrix as a view (no copy). */
export function rowOf(matrix: FlatMatrix, row: number): Float64Array {
	return matrix.data.subarray(row * matrix.cols, (row + 1) * matrix.cols);
}

/** The mean of each column. */
export function columnMeans(matrix: FlatMatrix): Float64Array {
	const { data, rows, cols } = matrix;
	const means = new Float64Array(cols);
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		for (let col = 0; col < cols; col++) means[col] += data[offset + col];
	}
	for (let col = 0; col < cols; col++) means[col] = rows > 0 ? means[col] / rows : NaN;
	return means;
}

/** The population standard deviation of each column (divisor n, as scikit-learn uses). */
export function columnStdDevs(matrix: FlatMatrix, means = columnMeans(matrix)): Float64Array {
	const { data, rows, cols } = matrix;
	const sumSquares = new Float64Array(cols);
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		for (let col = 0; col < cols; col++) {
			const deviation = data[offset + col] - means[col];
			sumSquares[col] += deviation * deviation;
		}
	}
	return sumSquares.map((sum) => (rows > 0 ? Math.sqrt(sum / rows) : NaN));
}
