import type { teamEn } from './team.en';

/** 简体中文（多标签页、多设备、自动备份），合并到 zh.ts。键与 team.en.ts 相同。 */
export const teamZh: Record<keyof typeof teamEn, string> = {
	'team.staleVersion': '未保存：此标签页运行的客群版本比已存数据的版本旧。请刷新页面后继续。',
	'team.staleBanner':
		'此标签页比另一个标签页保存的数据旧。它仍显示已加载的内容，但在刷新之前不会保存任何修改。',
	'team.upgradeBlocked':
		'客群正在升级本地存储，但另一个旧版本的标签页仍占用着它。请关闭或刷新其他客群标签页。',
	'team.otherTab.import':
		'另一个标签页正在导入文件。您可以继续在这里查看；您保存的内容会在导入完成后写入。',
	'team.otherTab.restore':
		'另一个标签页正在恢复备份，它将替换现有数据。您在这里保存的内容会在恢复完成后写入。',
	'team.otherTab.demo': '另一个标签页正在载入示例数据。您在这里保存的内容会在完成后写入。',
	'team.otherTab.delete': '另一个标签页正在删除全部数据。您在这里保存的内容会在完成后写入。'
};
