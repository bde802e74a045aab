/** English texts of the predicted fields, the model choice and degenerate fits (merged into en.ts). */
export const predictionsEn = {
	'pred.model.bgnbd': 'BG/NBD',
	'pred.model.mbgnbd': 'MBG/NBD',
	'pred.model.pnbd': 'Pareto/NBD',
	'pred.model.auto': 'Automatic (lowest back-test error)',
	'pred.modelSetting': 'Model',
	'pred.churnDays': 'Churn risk window (days)',
	'pred.used': 'Predictions use {model}.',
	'pred.fitTitle': '{model} — purchases and dropout',
	'pred.compare': 'The three models on the hold-out',
	'pred.compareAsk':
		'Fit BG/NBD, MBG/NBD and Pareto/NBD on the orders before the hold-out weeks and compare their predictions with what happened. Pareto/NBD can take a minute or more on some data; you can cancel.',
	'pred.compareRun': 'Compare the three models',
	'pred.compareIntro':
		'Each model was fitted on the orders up to {from} and asked how many purchases every customer would make until {to}. The error is the mean, over customers, of the difference between predicted and actual purchases: smaller is better.',
	'pred.col.model': 'Model',
	'pred.col.error': 'Mean error per customer',
	'pred.col.predicted': 'Predicted purchases',
	'pred.col.actual': 'Actual purchases',
	'pred.col.status': 'Per-customer predictions',
	'pred.status.usable': 'Possible',
	'pred.status.unusable': 'Not possible',
	'pred.chosen': 'chosen',
	'pred.autoWould': 'Automatic choice would be {model}.',
	'pred.unusable.title': 'These data cannot predict single customers',
	'pred.unusable.body':
		'{model} was fitted, but its figures per customer would mean nothing here, so the probability of still being a customer, the expected purchases, the CLV, the churn risk, the next-order date and the spend tier are not shown (“—”). The purchase intention score counts only what is still known (satisfaction and complaints).',
	'pred.unusable.details': 'When is a fit not trusted?',
	'pred.unusable.rules':
		'Per-customer predictions are withheld when: the estimate did not converge or a parameter ran to its search limit (a factor of about 1.2 million from its data scale); fewer than 10 repeat customers per model parameter (40 for these four-parameter models); the model sees almost no dropout (mean dropout probability per purchase below 0.5 %, a Pareto/NBD chance of dying within the average customer age below 1 %, or fewer than 1 % of repeat customers judged gone); or almost everyone drops out (above 99.5 % per purchase).',
	'pred.hidden': '—',
	'pred.hiddenWhy': 'not predicted: the model cannot predict single customers on these data',
	'pred.listNote':
		'Predicted columns show “—”: the purchase model cannot predict single customers on these data (see Customer value).',
	'pred.exportNote': 'Exports leave the predicted columns empty for the same reason.',
	'pred.churnRisk': 'Churn risk (no order in {days} days)',
	'pred.nextOrder': 'Expected next order',
	'pred.nextOrderNone': 'not likely',
	'pred.avgGap': 'Average days between orders',
	'pred.spendTier': 'Predicted spend tier (12 months)',
	'pred.tier.3': 'High',
	'pred.tier.2': 'Medium',
	'pred.tier.1': 'Low',
	'pred.disagree':
		'The lifecycle rule calls this customer churned because they have been silent longer than its fixed limit; {model} still gives them a {percent}% chance of being a customer because it judges the silence against how often they usually buy.',
	'measure.churnRisk': 'Churn risk (no order in the window, 0–1)',
	'measure.nextOrderDay': 'Expected next order date',
	'measure.avgDaysBetweenOrders': 'Average days between orders',
	'measure.spendTier': 'Predicted spend tier (3 high, 2 medium, 1 low)'
} as const;
