/** The primary segment: each customer's class in the one scheme the user chose. */

import type { ClassIndex, SchemeBase, SegmentClass } from './classes';

/** Schemes tried, in order, when the chosen one is missing or unavailable. */
export const PRIMARY_FALLBACKS: readonly string[] = ['rfm-named', 'lifecycle'];

export interface PrimarySegment {
	/** The scheme actually used, and the one asked for (they differ after a fallback). */
	schemeId: string;
	requestedSchemeId: string;
	classes: SegmentClass[];
	classIndex: ClassIndex;
}

/**
 * Each customer's primary segment from the chosen scheme; when that scheme is missing or
 * unavailable, from the first available of `PRIMARY_FALLBACKS`, else the first available one.
 */
export function primarySegment(
	schemes: readonly SchemeBase[],
	schemeId: string
): PrimarySegment | undefined {
	const available = schemes.filter((scheme) => scheme.available);
	const chosen =
		available.find((scheme) => scheme.schemeId === schemeId) ??
		PRIMARY_FALLBACKS.map((id) => available.find((scheme) => scheme.schemeId === id)).find(
			(scheme) => scheme !== undefined
		) ??
		available[0];
	if (!chosen) return undefined;
	return {
		schemeId: chosen.schemeId,
		requestedSchemeId: schemeId,
		classes: chosen.classes,
		classIndex: chosen.classIndex
	};
}
