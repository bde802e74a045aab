/** Element ids of the segments on the checklist screen, so the overview can link to them. */

/** A safe element id for a segment's checklist section (`<scheme id>/<class id>` → …). */
export function segmentAnchor(strategyId: string): string {
	return `segment-${strategyId.replace(/[^\w-]/g, '_')}`;
}
