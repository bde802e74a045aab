/**
 * Data sets for the clustering tests: the Mall Customers file (read in place from the shared
 * data folder, never copied) and seeded synthetic sets. Test-only: imports node:fs.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from '../../random';
import type { FlatMatrix } from '../matrix';

/** The Mall Customers columns used by the tests. */
export interface MallCustomers {
	customerId: Float64Array;
	genre: string[];
	age: Float64Array;
	/** k$ per year. */
	annualIncome: Float64Array;
	/** 1–100. */
	spendingScore: Float64Array;
}

/** Reads ../shared/data/mall-customers/Mall_Customers.csv relative to the project root (cwd). */
export function readMallCustomers(): MallCustomers {
	const file = path.resolve(process.cwd(), '../shared/data/mall-customers/Mall_Customers.csv');
	const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
	const header = lines[0].split(',');
	const expected = ['CustomerID', 'Genre', 'Age', 'AnnualIncome', 'SpendingScore'];
	if (header.join() !== expected.join()) throw new Error(`unexpected header ${header.join()}`);
	const records = lines.slice(1).map((line) => line.split(','));
	const numbers = (col: number) => Float64Array.from(records, (record) => Number(record[col]));
	return {
		customerId: numbers(0),
		genre: records.map((record) => record[1]),
		age: numbers(2),
		annualIncome: numbers(3),
		spendingScore: numbers(4)
	};
}

/** Gaussian blobs: `perBlob` rows around each centre with the given standard deviation. */
export function gaussianBlobs(
	centres: readonly (readonly number[])[],
	perBlob: number,
	sd: number,
	seed: number
): FlatMatrix {
	const random = createRandom(seed);
	const cols = centres[0].length;
	const data = new Float64Array(centres.length * perBlob * cols);
	let offset = 0;
	for (let i = 0; i < perBlob; i++) {
		for (const centre of centres) {
			for (let col = 0; col < cols; col++) data[offset++] = random.normal(centre[col], sd);
		}
	}
	return { data, rows: centres.length * perBlob, cols };
}

/** Rows drawn uniformly from the unit cube: no cluster structure at all. */
export function uniformCloud(rows: number, cols: number, seed: number): FlatMatrix {
	const random = createRandom(seed);
	return { data: Float64Array.from({ length: rows * cols }, () => random.next()), rows, cols };
}
