/**
 * Cluster profiles: size, shares, centre in original units, the measures on which each cluster
 * differs most from all customers (z of its centre, in standard deviations), a suggested name in
 * both languages and message codes a screen can turn into explanations.
 */

import type { FeatureMatrix, FeatureRole } from './features';
import { toOriginalUnits } from './features';
import { columnMeans, columnStdDevs } from './matrix';
import { clusterMeans, clusterSizes } from './partition';
import { suggestName } from './naming';
import type { ClusterName } from './naming';

/** Options of profileClusters. */
export interface ProfileOptions {
	/** Revenue per row (same order as the matrix), for each cluster's share of revenue. */
	revenue?: Float64Array;
	/** Roles by feature name, overriding those given when the features were built. */
	roles?: Readonly<Record<string, FeatureRole>>;
	/** Differences listed per cluster (default 3). */
	topDifferences?: number;
	/** |z| from which a difference counts (default 0.5) and counts as strong (default 1). */
	notableZ?: number;
	strongZ?: number;
	/** Share of customers (0–1) below which a cluster is called small (default 0.05). */
	smallShare?: number;
}

/** A measure on which a cluster differs from all customers. */
export interface FeatureDifference {
	/** Matrix column. */
	column: number;
	name: string;
	/** For a one-hot column: the level it stands for. */
	level?: string;
	role: FeatureRole;
	/** (cluster centre − overall mean) / overall sd, in the clustered space. */
	z: number;
	direction: 'higher' | 'lower';
	strength: 'notable' | 'strong';
	/** The cluster's and all customers' centre in original units (one-hot: share 0–1). */
	clusterValue: number;
	overallValue: number;
}

/** What a screen can explain about a cluster; parameters go into the i18n message. */
export type ProfileMessage =
	| { code: 'differs-higher' | 'differs-lower'; feature: string; z: number }
	| { code: 'near-average' }
	| { code: 'small-cluster'; share: number }
	| { code: 'empty-cluster' }
	| { code: 'named-from-other-measure'; feature: string }
	| { code: 'name-repeated'; sameAs: number };

/** The profile of one cluster. */
export interface ClusterProfile {
	cluster: number;
	size: number;
	/** Share of customers, 0–1. */
	share: number;
	/** Share of revenue, 0–1, when revenue was given (null otherwise or when total revenue is 0). */
	revenueShare: number | null;
	/** Centre per matrix column in original units (one-hot columns: share of the level). */
	centre: number[];
	/** z of the centre per matrix column. */
	z: number[];
	/** Notable differences, strongest first, at most topDifferences. */
	differences: FeatureDifference[];
	name: ClusterName;
	messages: ProfileMessage[];
}

/** Profiles of clusters 0..k-1 of `labels` over the feature matrix they were clustered on. */
export function profileClusters(
	features: FeatureMatrix,
	labels: ArrayLike<number>,
	k: number,
	options: ProfileOptions = {}
): ClusterProfile[] {
	const { matrix, transform } = features;
	const notableZ = options.notableZ ?? 0.5;
	const strongZ = options.strongZ ?? 1;
	const top = options.topDifferences ?? 3;
	const sizes = clusterSizes(labels, k);
	const centres = clusterMeans(matrix, labels, k);
	const overallMean = columnMeans(matrix);
	const overallSd = columnStdDevs(matrix, overallMean);
	const centresOriginal = toOriginalUnits(transform, centres);
	const overallOriginal = toOriginalUnits(transform, {
		data: overallMean,
		rows: 1,
		cols: matrix.cols
	});
	const revenueShares = revenueSharesOf(options.revenue, labels, k);
	const cols = matrix.cols;
	const columns = transform.columns.map((column) => ({
		...column,
		role: options.roles?.[column.feature] ?? column.role
	}));

	const profiles = Array.from({ length: k }, (_, cluster): ClusterProfile => {
		const z = columns.map((_, col) => {
			const sd = overallSd[col];
			return sd > 0 && sizes[cluster] > 0
				? (centres.data[cluster * cols + col] - overallMean[col]) / sd
				: 0;
		});
		const notable = columns
			.map((column, col): FeatureDifference => ({
				column: col,
				name: column.name,
				level: column.level,
				role: column.role,
				z: z[col],
				direction: z[col] > 0 ? 'higher' : 'lower',
				strength: Math.abs(z[col]) >= strongZ ? 'strong' : 'notable',
				clusterValue: centresOriginal.data[cluster * cols + col],
				overallValue: overallOriginal.data[col]
			}))
			.filter((difference) => Math.abs(difference.z) >= notableZ)
			.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.column - b.column);
		const name = suggestName(notable, notableZ);
		const share = labels.length > 0 ? sizes[cluster] / labels.length : 0;
		return {
			cluster,
			size: sizes[cluster],
			share,
			revenueShare: revenueShares ? revenueShares[cluster] : null,
			centre: Array.from(centresOriginal.data.subarray(cluster * cols, (cluster + 1) * cols)),
			z,
			differences: notable.slice(0, top),
			name,
			messages: messagesOf(sizes[cluster], share, notable.slice(0, top), name, options)
		};
	});
	return markRepeatedNames(profiles);
}

/** The message codes for one cluster, most important first. */
function messagesOf(
	size: number,
	share: number,
	differences: readonly FeatureDifference[],
	name: ClusterName,
	options: ProfileOptions
): ProfileMessage[] {
	if (size === 0) return [{ code: 'empty-cluster' }];
	const messages: ProfileMessage[] = differences.map((difference) => ({
		code: difference.direction === 'higher' ? 'differs-higher' : 'differs-lower',
		feature: difference.name,
		z: difference.z
	}));
	if (differences.length === 0) messages.push({ code: 'near-average' });
	if (share < (options.smallShare ?? 0.05)) messages.push({ code: 'small-cluster', share });
	if (name.basis === 'other-measure') {
		messages.push({ code: 'named-from-other-measure', feature: name.parts[0].feature });
	}
	return messages;
}

/** Repeated names get " 2", " 3"… in cluster order, and a message naming the first holder. */
function markRepeatedNames(profiles: ClusterProfile[]): ClusterProfile[] {
	const firstWith = new Map<string, number>();
	const seen = new Map<string, number>();
	return profiles.map((profile) => {
		const key = profile.name.en;
		const count = (seen.get(key) ?? 0) + 1;
		seen.set(key, count);
		if (count === 1) {
			firstWith.set(key, profile.cluster);
			return profile;
		}
		return {
			...profile,
			name: {
				...profile.name,
				zh: `${profile.name.zh} ${count}`,
				en: `${profile.name.en} ${count}`
			},
			messages: [...profile.messages, { code: 'name-repeated', sameAs: firstWith.get(key) ?? 0 }]
		};
	});
}

/** Each cluster's share of total revenue, or null without revenue or with a zero total. */
function revenueSharesOf(
	revenue: Float64Array | undefined,
	labels: ArrayLike<number>,
	k: number
): number[] | null {
	if (!revenue) return null;
	if (revenue.length !== labels.length) throw new RangeError('profileClusters: revenue length');
	const sums = new Float64Array(k);
	let total = 0;
	for (let i = 0; i < labels.length; i++) {
		// Missing revenue counts as none.
		const value = Number.isFinite(revenue[i]) ? revenue[i] : 0;
		sums[labels[i]] += value;
		total += value;
	}
	return total !== 0 ? Array.from(sums, (sum) => sum / total) : null;
}
