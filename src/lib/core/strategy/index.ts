/** Steps 5–7 of the method: strategy checklists, the evaluation scorecard, monitoring. */

export * from './templates';
export * from './matching';
export * from './checklist';
export * from './csv';
export * from './distinctiveness';
export * from './stability';
export * from './scorecard';
export * from './cluster-silhouette';
export * from './migration';
