import type { clustersEn } from './clusters.en';

/** 简体中文（clusters 页面），合并到 zh.ts。键与 clusters.en.ts 相同。 */
export const clustersZh: Record<keyof typeof clustersEn, string> = {};
