/** The topics a "?" can explain besides the registered schemes' own (see `topics.ts`). */

export const BASE_TOPICS = [
	'rfm',
	'rfm-cuts',
	'pareto',
	'attributes',
	'custom-rules',
	'clv',
	'p-alive',
	'intention',
	'clustering',
	'silhouette',
	'k',
	'evaluation',
	'goal',
	'data'
] as const;

export type BaseTopic = (typeof BASE_TOPICS)[number];
