/** English texts for working across tabs and devices (write lock, automatic backups), spread into en.ts. */
export const teamEn = {
	'team.staleVersion':
		'Nothing was saved: this tab runs an older version of Kequn than the data it stores. Reload the page to keep working.',
	'team.staleBanner':
		'This tab is older than the data saved by another tab. It shows what it loaded but saves nothing until you reload.',
	'team.upgradeBlocked':
		'Kequn is updating its storage, but another tab with an older version still holds it. Close or reload the other Kequn tabs.',
	'team.otherTab.import':
		'Another tab is importing a file. You can keep reading here; what you save waits until the import ends.',
	'team.otherTab.restore':
		'Another tab is restoring a backup: it will replace the data. What you save here waits until it ends.',
	'team.otherTab.demo': 'Another tab is loading demo data. What you save here waits until it ends.',
	'team.otherTab.delete':
		'Another tab is deleting all data. What you save here waits until it ends.'
} as const;
