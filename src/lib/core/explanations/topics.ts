/**
 * The measures and schemes a "?" can explain. Each topic has a title and a body in the message
 * tables (`explain.<topic>.title`, `explain.<topic>.body`; paragraphs separated by newlines).
 */

export const EXPLAIN_TOPICS = [
	'rfm',
	'rfm-cuts',
	'rfm-named',
	'rfm-eight',
	'value-tier',
	'pareto',
	'lifecycle',
	'loyalty',
	'credit-risk',
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

export type ExplainTopic = (typeof EXPLAIN_TOPICS)[number];

/** The topic explaining a scheme ('attribute:region' → attributes, 'custom:rules1' → custom rules). */
export function schemeTopic(schemeId: string): ExplainTopic {
	if (schemeId === 'rfm-score') return 'rfm';
	if (schemeId.startsWith('attribute:')) return 'attributes';
	if (schemeId.startsWith('custom:')) return 'custom-rules';
	if (schemeId.startsWith('cluster')) return 'clustering';
	return (EXPLAIN_TOPICS as readonly string[]).includes(schemeId)
		? (schemeId as ExplainTopic)
		: 'rfm';
}
