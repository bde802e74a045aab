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
	'team.otherTab.delete': '另一个标签页正在删除全部数据。您在这里保存的内容会在完成后写入。',
	'team.auto.title': '自动备份',
	'team.auto.body':
		'选择一次文件夹（例如由网盘同步的文件夹）。之后客群会在每次导入后、以及编辑后每天至多一次，自动在那里写入备份，并保留最新的几份。',
	'team.auto.keep': '保留的备份份数',
	'team.auto.passphraseKept':
		'密码保存在本设备上，以便无需您在场即可写入备份；复制到别处的文件没有密码无法打开。',
	'team.auto.encrypt': '用密码保护自动备份',
	'team.auto.choose': '选择备份文件夹',
	'team.auto.folder': '备份写入文件夹“{folder}”；保留最新的 {keep} 份。',
	'team.auto.folderEncrypted': '受密码保护的备份写入文件夹“{folder}”；保留最新的 {keep} 份。',
	'team.auto.privateFolder': '此浏览器的私有存储',
	'team.auto.last': '最近一次自动备份：{date}（{file}）',
	'team.auto.none': '尚未写入自动备份。',
	'team.auto.permission': '浏览器需要您再次允许，客群才能写入此文件夹。',
	'team.auto.allow': '允许写入文件夹',
	'team.auto.now': '立即写入备份',
	'team.auto.stop': '停止自动备份',
	'team.auto.written': '备份已写入文件夹。',
	'team.auto.notDue': '自上次自动备份以来没有变化。',
	'team.auto.failed': '无法将备份写入文件夹。请重新选择文件夹。',
	'team.auto.unsupported':
		'此浏览器无法自动将备份写入文件夹（Chrome 和 Edge 可以）：请不时下载一份备份。',
	'team.keeps.safari':
		'如果 7 天内没有访问，Safari 会删除本网站的数据，除非已安装客群。安装方法：在 Mac 上选择“文件 › 添加到程序坞”；在 iPhone 或 iPad 上选择“共享 › 添加到主屏幕”。',
	'team.keeps.firefox': 'Firefox 会一直保留这些数据直到您清除，除非磁盘空间不足且未获得持久存储。',
	'team.keeps.chromium':
		'Chrome 和 Edge 会一直保留这些数据直到您清除，除非磁盘空间不足且未获得持久存储。安装客群（地址栏中的安装图标）更容易获得持久存储。',
	'team.keeps.other': '除非已获得持久存储，否则磁盘空间不足时此浏览器可能删除这些数据。'
};
