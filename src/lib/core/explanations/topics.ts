/**
 * The measures and schemes a "?" can explain. Each topic has a title and a body in the message
 * tables (`explain.<topic>.title`, `explain.<topic>.body`; paragraphs separated by newlines).
 * A registered scheme brings its own topic (its entry's `topic`).
 */

import { SCHEMES, schemeEntry } from '../segments/registry';
import { BASE_TOPICS, type BaseTopic } from './base-topics';

export type ExplainTopic = BaseTopic | (typeof SCHEMES)[number]['topic'];

export const EXPLAIN_TOPICS: readonly ExplainTopic[] = [
	...new Set<ExplainTopic>([...SCHEMES.map((entry) => entry.topic), ...BASE_TOPICS])
];

/** The topic explaining a scheme ('attribute:region' → attributes, 'custom:rules1' → custom rules). */
export function schemeTopic(schemeId: string): ExplainTopic {
	const registered = schemeEntry(schemeId);
	if (registered) return registered.topic as ExplainTopic;
	if (schemeId.startsWith('attribute:')) return 'attributes';
	if (schemeId.startsWith('custom:')) return 'custom-rules';
	if (schemeId.startsWith('cluster')) return 'clustering';
	return 'rfm';
}
