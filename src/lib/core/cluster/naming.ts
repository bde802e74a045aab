/**
 * Suggested cluster names in plain business words, Chinese and English, from the measures on
 * which a cluster differs most from the average: "高频高额 frequent big spenders", "近期新客 recent
 * first-timers", "沉睡低值 dormant low spenders". Up to two roles (recency, frequency, tenure,
 * monetary) are combined; other measures only name a cluster when no role-bearing one differs.
 */

import type { FeatureRole } from './features';

/** A measure on which a cluster differs: z of its centre in standard deviations of all rows. */
export interface NameInput {
	name: string;
	role: FeatureRole;
	z: number;
	/** For a one-hot column: the level it stands for. */
	level?: string;
}

/** One role that went into a name and its direction. */
export interface NamePart {
	role: FeatureRole;
	feature: string;
	direction: 'higher' | 'lower';
}

/** A suggested name; `basis` says what it was built from. */
export interface ClusterName {
	zh: string;
	en: string;
	basis: 'roles' | 'other-measure' | 'average';
	parts: NamePart[];
}

/** The words for one role and direction: alone, or combined (adjective first, noun last). */
interface Words {
	/** Two characters, combined with another part. */
	zh: string;
	/** Used when it is the only part. */
	zhAlone: string;
	enAdjective: string;
	enNoun: string;
}

type RoleWithWords = Exclude<FeatureRole, 'other'>;

// Recency is days since the last purchase, so "higher" means longer ago (dormant).
const WORDS: Record<RoleWithWords, Record<'higher' | 'lower', Words>> = {
	recency: {
		higher: {
			zh: '沉睡',
			zhAlone: '沉睡客户',
			enAdjective: 'dormant',
			enNoun: 'dormant customers'
		},
		lower: { zh: '近期', zhAlone: '近期活跃客户', enAdjective: 'recent', enNoun: 'recent buyers' }
	},
	frequency: {
		higher: { zh: '高频', zhAlone: '高频客户', enAdjective: 'frequent', enNoun: 'frequent buyers' },
		lower: {
			zh: '低频',
			zhAlone: '低频客户',
			enAdjective: 'occasional',
			enNoun: 'occasional buyers'
		}
	},
	tenure: {
		higher: {
			zh: '老客',
			zhAlone: '老客户',
			enAdjective: 'long-standing',
			enNoun: 'long-standing customers'
		},
		lower: { zh: '新客', zhAlone: '新客户', enAdjective: 'new', enNoun: 'first-timers' }
	},
	monetary: {
		higher: {
			zh: '高额',
			zhAlone: '高额客户',
			enAdjective: 'big-spending',
			enNoun: 'big spenders'
		},
		lower: { zh: '低值', zhAlone: '低值客户', enAdjective: 'low-spending', enNoun: 'low spenders' }
	}
};

// Chinese puts the noun-like tenure word (老客, 新客) last; English puts the noun (spenders) last.
const ZH_ORDER: readonly RoleWithWords[] = ['recency', 'frequency', 'monetary', 'tenure'];
const EN_ORDER: readonly RoleWithWords[] = ['recency', 'frequency', 'tenure', 'monetary'];

/** A name from the differences with |z| ≥ notableZ: the two strongest roles, else one other measure. */
export function suggestName(differences: readonly NameInput[], notableZ = 0.5): ClusterName {
	const notable = differences.filter((difference) => Math.abs(difference.z) >= notableZ);
	// The strongest measure of each role (several measures can share one, e.g. spend and CLV).
	const byRole = new Map<RoleWithWords, NameInput>();
	for (const difference of notable) {
		if (difference.role === 'other') continue;
		const held = byRole.get(difference.role);
		if (!held || Math.abs(difference.z) > Math.abs(held.z)) byRole.set(difference.role, difference);
	}
	const strongest = [...byRole.entries()]
		.sort((a, b) => Math.abs(b[1].z) - Math.abs(a[1].z) || a[0].localeCompare(b[0]))
		.slice(0, 2);
	if (strongest.length > 0) return roleName(new Map(strongest));
	const other = [...notable].sort((a, b) => Math.abs(b.z) - Math.abs(a.z))[0];
	if (other) return otherMeasureName(other);
	return { zh: '普通客户', en: 'typical customers', basis: 'average', parts: [] };
}

/** The name from one or two roles, in each language's word order. */
function roleName(roles: ReadonlyMap<RoleWithWords, NameInput>): ClusterName {
	const inputOf = (role: RoleWithWords): NameInput => {
		const input = roles.get(role);
		if (!input) throw new RangeError(`roleName: no ${role}`);
		return input;
	};
	const words = (role: RoleWithWords): Words =>
		WORDS[role][inputOf(role).z > 0 ? 'higher' : 'lower'];
	const zhRoles = ZH_ORDER.filter((role) => roles.has(role));
	const enRoles = EN_ORDER.filter((role) => roles.has(role));
	const parts = enRoles.map((role): NamePart => {
		const input = inputOf(role);
		return { role, feature: input.name, direction: input.z > 0 ? 'higher' : 'lower' };
	});
	if (enRoles.length === 1) {
		const only = words(enRoles[0]);
		return { zh: only.zhAlone, en: only.enNoun, basis: 'roles', parts };
	}
	return {
		zh: zhRoles.map((role) => words(role).zh).join(''),
		en: `${words(enRoles[0]).enAdjective} ${words(enRoles[1]).enNoun}`,
		basis: 'roles',
		parts
	};
}

/** A name from one measure without a role: "Age偏高 high Age", or for a level "多为Female mostly Female". */
function otherMeasureName(other: NameInput): ClusterName {
	const higher = other.z > 0;
	const parts: NamePart[] = [
		{ role: other.role, feature: other.name, direction: higher ? 'higher' : 'lower' }
	];
	if (other.level !== undefined) {
		return {
			zh: `${higher ? '多为' : '少有'}${other.level}`,
			en: `${higher ? 'mostly' : 'few'} ${other.level}`,
			basis: 'other-measure',
			parts
		};
	}
	return {
		zh: `${other.name}偏${higher ? '高' : '低'}`,
		en: `${higher ? 'high' : 'low'} ${other.name}`,
		basis: 'other-measure',
		parts
	};
}
