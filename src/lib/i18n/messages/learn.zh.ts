import type { learnEn } from './learn.en';

/** 简体中文（learn 页面），合并到 zh.ts。键与 learn.en.ts 相同。 */
export const learnZh: Record<keyof typeof learnEn, string> = {};
