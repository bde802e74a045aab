/** English texts of the import's currency choice and the "add or replace?" question, spread into en.ts. */
export const importGuardEn = {
	'importGuard.currency': 'Currency of the amounts',
	'importGuard.currencyGuessed': 'Guessed from the file: {currency}.',
	'importGuard.currencyNotGuessed': 'The file does not show its currency: please check.',
	'importGuard.title': 'Add this file to the stored data, or replace it?',
	'importGuard.farApart':
		'The file’s orders lie {days} days away from the stored orders: it may be another shop or another period.',
	'importGuard.noShared': 'The file shares no customer with the stored data.',
	'importGuard.stored': 'Stored: {customers} customers, orders {range}',
	'importGuard.incoming': 'This file: {customers} customers, orders {range}',
	'importGuard.shared': 'Customers in both: {count}',
	'importGuard.noOrders': 'none',
	'importGuard.add': 'Add to the stored data',
	'importGuard.replace': 'Replace the stored data',
	'importGuard.replaceHint':
		'Replacing removes the stored customers, orders, interactions and segmentation runs; settings and checklists stay.'
} as const;
