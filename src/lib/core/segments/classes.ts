/** What every segmentation scheme returns: its classes and one class index per customer. */

/** One class of a scheme. `id` is stable across runs and languages; labels are for display. */
export interface SegmentClass {
	id: string;
	en: string;
	zh: string;
}

/** Per customer, an index into the scheme's `classes` (aligned with the measures' customer ids). */
export type ClassIndex = Uint8Array | Uint16Array;

/** The part every scheme result shares. */
export interface SchemeBase {
	/** Stable id: 'rfm-score', 'rfm-named', …, 'attribute:region', 'custom:<id>'. */
	schemeId: string;
	/** False when the data lacks the fields the scheme needs: the UI hides it then. */
	available: boolean;
	/** The fields that would enable the scheme (empty when available). */
	missingFields: string[];
	classes: SegmentClass[];
	classIndex: ClassIndex;
}

/** Customers with no purchase: no R, F or M, so the RFM-based schemes give them their own class. */
export const PROSPECT_CLASS: SegmentClass = { id: 'prospect', en: 'Prospect', zh: '潜在客户' };

/** Where the data cannot support a scheme, everyone is in this one class. */
export const NO_DATA_CLASS: SegmentClass = { id: 'no-data', en: 'No data', zh: '无数据' };

/** A zeroed class index for `count` customers, wide enough for `classCount` classes. */
export function newClassIndex(count: number, classCount: number): ClassIndex {
	return classCount <= 256 ? new Uint8Array(count) : new Uint16Array(count);
}

/** A scheme the data supports, of kind and id `kind`: its classes and each customer's. */
export function availableScheme<const K extends string>(
	kind: K,
	classes: readonly SegmentClass[],
	classIndex: ClassIndex
): SchemeBase & { kind: K; schemeId: K } {
	return {
		kind,
		schemeId: kind,
		available: true,
		missingFields: [],
		classes: [...classes],
		classIndex
	};
}

/** A scheme the data cannot support: everyone in the no-data class. */
export function unavailableScheme(
	schemeId: string,
	count: number,
	missingFields: string[]
): SchemeBase {
	return {
		schemeId,
		available: false,
		missingFields,
		classes: [NO_DATA_CLASS],
		classIndex: new Uint8Array(count)
	};
}
