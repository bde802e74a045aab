/** The segmentation engine: measures, every rule-based scheme, the primary segment and runs. */

export * from './classes';
export * from './stats';
export * from './measures';
export * from './rfm-scores';
export * from './rfm-cells';
export * from './rfm-named';
export * from './rfm-eight';
export * from './pareto';
export * from './value-tiers';
export * from './lifecycle';
export * from './loyalty';
export * from './credit-risk';
export * from './fields';
export * from './attributes';
export * from './custom-rules';
export * from './scheme-entry';
export * from './registry';
export * from './settings';
export * from './summary';
export * from './primary';
export * from './run-all';
export * from './runs';
