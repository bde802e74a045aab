/** English texts of the owner's home screen (the week's short list, the order count), spread into en.ts. */
export const ownerEn = {
	'week.title': 'This week',
	'week.top.title': 'Your best customers',
	'week.top.none': 'No customer has bought yet.',
	'week.top.line': '{value} over {orders} orders, last order {days} days ago',
	'week.top.lineClv':
		'{value} over {orders} orders, last order {days} days ago; expected value {clv}',
	'week.slipping.title': 'Slipping customers',
	'week.slipping.movement': 'Left a better group since the previous run, by value:',
	'week.slipping.lifecycle':
		'Past their usual time between orders (lapsing), by value. With a second run this lists who left a better group.',
	'week.slipping.none': 'No customer is slipping.',
	'week.slipping.total': '{count} customers, {value} of value to date',
	'week.slipping.move': '{value} · {from} → {to}',
	'week.slipping.lapsing': '{value} · no order for {days} days',
	'week.actions.title': 'Next actions per segment',
	'week.actions.none': 'No open actions: every checklist is done.',
	'week.actions.group': '{segment} · {count} customers',
	'week.actions.owner': 'Owner: {owner}',
	'week.actions.noOwner': 'No owner yet',
	'week.actions.due': 'due {date}',
	'week.actions.noDue': 'no due date',
	'week.actions.open': 'Open the checklists',
	'week.more': '+{count} more',
	'week.moreGroups': '+{count} more segments',
	'week.moreActions': '+{count} more actions',
	'week.segmentCount': '{segment}: {count} customers',
	'home.ordersNote':
		'{invoices} invoices, of which {apart} cancellations or returns (not counted as orders)',
	'strategy.printTitle': 'Strategy checklists: {scheme}',
	'strategy.printDate': 'Printed {date}, from the segments of the run saved {run}.',
	// Follows "Load demo data" directly, so it starts with its space.
	'home.loadDemoWhat': ' ({trade}, {customers} customers)',
	'home.demoOther': 'Or choose another trade and size:'
} as const;
