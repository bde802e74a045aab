import type { strategiesEn } from './strategies.en';

/** 简体中文（strategies 页面），合并到 zh.ts。键与 strategies.en.ts 相同。 */
export const strategiesZh: Record<keyof typeof strategiesEn, string> = {};
