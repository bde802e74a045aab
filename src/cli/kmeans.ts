/** `kmeans FILE`: k-means on chosen numeric columns of a one-row-per-customer table. */

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
	buildFeatures,
	chooseK,
	clusterRules,
	type ClustersAsRules,
	fitKMeans,
	silhouette,
	toOriginalUnits,
	type FlatMatrix
} from '../lib/core/cluster';
import { ruleText } from '../lib/i18n/rule-text';
import { CliError } from './read-orders';

export interface KMeansCommandOptions {
	features?: string;
	k?: string;
	scale?: string;
	log?: string;
	restarts?: string;
	seed?: string;
	id?: string;
	/** Add each cluster's rules (a depth-3 tree on the unscaled columns) and their fidelity. */
	rules?: boolean;
}

const round = (value: number) => Number(value.toFixed(6));

function rowsOf(matrix: FlatMatrix): number[][] {
	return Array.from({ length: matrix.rows }, (_, row) =>
		Array.from(matrix.data.subarray(row * matrix.cols, (row + 1) * matrix.cols), round)
	);
}

/** The rules as JSON: rounded shares, each rule also in words (English and Chinese). */
function rulesJson(rules: ClustersAsRules) {
	return {
		fidelity: round(rules.fidelity),
		unmatched: rules.unmatched,
		maxDepth: rules.maxDepth,
		minLeafSize: rules.minLeafSize,
		clusters: rules.clusters.map((cluster) => ({
			cluster: cluster.cluster,
			size: cluster.size,
			fidelity: round(cluster.fidelity),
			rules: cluster.rules.map((rule) => ({
				...rule,
				// Columns of a table have no currency: amounts stay plain numbers.
				en: ruleText('en', rule.conditions, 'USD'),
				zh: ruleText('zh', rule.conditions, 'CNY')
			}))
		}))
	};
}

function integer(name: string, text: string | undefined, fallback: number, min: number): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < min)
		throw new CliError(`--${name}: '${text}' is not a whole number ≥ ${min}`, 2);
	return value;
}

/** Cluster the table and write JSON to `out`. */
export async function kmeansCommand(
	file: string,
	options: KMeansCommandOptions,
	out: (text: string) => void
): Promise<void> {
	if (!options.features) throw new CliError('--features COL,COL,... is required', 2);
	if (!options.k) throw new CliError('--k K (or a range like 2..10) is required', 2);
	let text: string;
	try {
		text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
	} catch (error) {
		throw new CliError(`cannot open ${file}: ${(error as Error).message}`);
	}
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	const headers = parsed.meta.fields ?? [];
	const names = options.features
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const logged = new Set(
		(options.log ?? '')
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean)
	);
	for (const name of [...names, ...logged, ...(options.id ? [options.id] : [])])
		if (!headers.includes(name))
			throw new CliError(`no column '${name}' (columns: ${headers.join(', ')})`, 2);
	const rows = parsed.data;
	const numeric = names.map((name) => {
		const values = Float64Array.from(rows, (row, i) => {
			const value = Number(row[name]);
			if (row[name] === undefined || row[name].trim() === '' || !Number.isFinite(value))
				throw new CliError(`row ${i + 2}, column ${name}: '${row[name] ?? ''}' is not a number`);
			return value;
		});
		return { name, values, log: logged.has(name) };
	});
	const scale = options.scale ?? 'standard';
	if (scale !== 'standard' && scale !== 'none')
		throw new CliError(`--scale: standard or none, not '${scale}'`, 2);
	const features = buildFeatures({ numeric }, { scale });
	const restarts = integer('restarts', options.restarts, 10, 1);
	const seed = integer('seed', options.seed, 0, 0);
	const range = /^(\d+)\.\.(\d+)$/.exec(options.k);
	if (range) {
		const choice = chooseK(features.matrix, {
			kMin: Number(range[1]),
			kMax: Number(range[2]),
			restarts,
			seed
		});
		out(
			JSON.stringify(
				choice,
				(_key, value) => (typeof value === 'number' ? round(value) : value),
				2
			) + '\n'
		);
		return;
	}
	const k = integer('k', options.k, 2, 1);
	if (k > features.matrix.rows)
		throw new CliError(`--k ${k} is more than the ${features.matrix.rows} rows`, 2);
	const fit = fitKMeans(features.matrix, k, { restarts, seed });
	const ids = rows.map((row, i) => (options.id ? row[options.id] : String(i + 1)));
	const centres = toOriginalUnits(features.transform, fit.centres);
	out(
		JSON.stringify(
			{
				k,
				inertia: round(fit.inertia),
				silhouette: k > 1 ? round(silhouette(features.matrix, fit.labels, { seed }).score) : null,
				sizes: Array.from(fit.sizes),
				centroids: rowsOf(centres),
				labels: ids.map((id, i) => ({ id, cluster: fit.labels[i] })),
				...(options.rules ? { rules: rulesJson(clusterRules(numeric, fit.labels, k)) } : {})
			},
			null,
			2
		) + '\n'
	);
}
