import type { layoutEn } from './layout.en';

/** 简体中文（应用框架：页面标题、导航的步骤标签），合并到 zh.ts。键与 layout.en.ts 相同。 */
export const layoutZh: Record<keyof typeof layoutEn, string> = {
	'nav.steps': '第 {from}–{to} 步',
	'title.profile': '客户档案',
	'title.page': '{screen} · {app}'
};
