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
		'Another tab is deleting all data. What you save here waits until it ends.',
	'team.auto.title': 'Backups that make themselves',
	'team.auto.body':
		'Choose a folder once (for example one your cloud drive syncs). Kequn then writes a backup there after each import and at most once a day after edits, and keeps the newest ones.',
	'team.auto.keep': 'Backups to keep',
	'team.auto.passphraseKept':
		'The passphrase is kept on this device so backups can be written without you; a file copied elsewhere cannot be opened without it.',
	'team.auto.encrypt': 'Protect the automatic backups with a passphrase',
	'team.auto.choose': 'Choose a backup folder',
	'team.auto.folder': 'Backups are written to the folder “{folder}”; the newest {keep} are kept.',
	'team.auto.folderEncrypted':
		'Passphrase-protected backups are written to the folder “{folder}”; the newest {keep} are kept.',
	'team.auto.privateFolder': 'this browser’s private storage',
	'team.auto.last': 'Last automatic backup: {date} ({file})',
	'team.auto.none': 'No automatic backup written yet.',
	'team.auto.permission': 'The browser wants your leave again before Kequn writes to this folder.',
	'team.auto.allow': 'Allow writing to the folder',
	'team.auto.now': 'Write a backup now',
	'team.auto.stop': 'Stop automatic backups',
	'team.auto.written': 'Backup written to the folder.',
	'team.auto.notDue': 'Nothing changed since the last automatic backup.',
	'team.auto.failed': 'The backup could not be written to the folder. Choose the folder again.',
	'team.auto.unsupported':
		'This browser cannot write backups into a folder on its own (Chrome and Edge can): download a backup from time to time.',
	'team.keeps.safari':
		'Safari deletes this site’s data after 7 days without a visit unless Kequn is installed. Install it: on a Mac, File › Add to Dock; on iPhone or iPad, Share › Add to Home Screen.',
	'team.keeps.firefox':
		'Firefox keeps this data until you clear it, unless the disk runs low and persistent storage was not granted.',
	'team.keeps.chromium':
		'Chrome and Edge keep this data until you clear it, unless the disk runs low and persistent storage was not granted. Installing Kequn (the install icon in the address bar) makes that grant more likely.',
	'team.keeps.other':
		'This browser may delete this data when the disk runs low unless persistent storage was granted.'
} as const;
