/** English texts of the learn screens (merged into en.ts). */
export const learnEn = {
	'learn.lead':
		'Walk through the seven steps of customer segmentation on a realistic demo business. Each step explains what, why and what to look at, then opens the real screen with that part highlighted.',
	'learn.demo.title': 'Demo business',
	'learn.demo.trade': 'Trade',
	'learn.demo.size': 'Number of customers',
	'learn.trade.retail': 'Retail shop',
	'learn.trade.retail.hint': 'consumers with age band, gender, city tier and channel',
	'learn.trade.b2b': 'B2B distributor',
	'learn.trade.b2b.hint': 'business accounts with industry, owner, credit limit and overdue days',
	'learn.trade.bank': 'Bank branch',
	'learn.trade.bank.hint': 'clients with products held, financial assets and a risk grade',
	'learn.trade.travel': 'Travel agency',
	'learn.trade.travel.hint': 'families, business travellers, backpackers; seasonal bookings',
	'learn.trade.mixed': 'Shop and distributor',
	'learn.trade.mixed.hint': 'the standard demo: consumers and business accounts',
	'learn.size.300': '300 — a classroom',
	'learn.size.2000': '2,000 — a workshop',
	'learn.size.20000': '20,000 — a large shop',
	'learn.size.100000': '100,000 — a stress test (takes a few seconds to load)',
	'learn.demo.load': 'Load this demo',
	'learn.demo.reset': 'Reset to a clean demo',
	'learn.demo.resetHint':
		'Reloads the demo you chose and deletes saved runs and changed scheme settings: the figures are as after the first load.',
	'learn.demo.current': 'Loaded now: {trade}, {customers} customers.',
	'learn.demo.none': 'No demo is loaded yet: choose a trade and a size, then load it.',
	'learn.demo.notDemo':
		'The data stored now is not a demo (imported or changed). Loading a demo replaces it.',
	'learn.demo.confirm': 'Loading the demo replaces all data stored in this browser. Continue?',
	'learn.ex.title': 'Exercises',
	'learn.ex.lead':
		'Find each answer on the app’s screens, type it and check it. The answers come from the data loaded now: load another demo and they change.',
	'learn.ex.none': 'Load a demo above (or import orders) to get exercises on that data.',
	'learn.ex.loading': 'Working out the answers from the data…',
	'learn.ex.q.pareto-top': 'What share of revenue do the top {top} of customers bring? (in %)',
	'learn.ex.q.customers-for-value': 'What share of customers brings {value} of revenue? (in %)',
	'learn.ex.q.champions': 'How many customers are Champions in the RFM segments scheme?',
	'learn.ex.hint.pareto-top': 'Home → Revenue concentration.',
	'learn.ex.hint.customers-for-value': 'Home → Revenue concentration.',
	'learn.ex.hint.champions': 'Segments → RFM segments: the table of classes.',
	'learn.ex.answer': 'Your answer',
	'learn.ex.check': 'Check',
	'learn.ex.show': 'Show the answer',
	'learn.ex.right': 'Right: {answer}.',
	'learn.ex.wrong': 'Not quite. Hint: {hint}',
	'learn.ex.unreadable': 'Type a number, for example 42 or 42 %.',
	'learn.ex.revealed': 'The answer is {answer}. {hint}',
	'learn.ex.tolerance': 'Within one percentage point counts as right.',
	'learn.steps': 'The seven steps',
	'learn.stepOf': 'Step {n} of {total}',
	'learn.what': 'What',
	'learn.why': 'Why',
	'learn.look': 'What to look at',
	'learn.try': 'Try it',
	'learn.open': 'Open this step’s screen',
	'learn.back': 'Back',
	'learn.next': 'Next',
	'learn.finish': 'Finish',
	'learn.toGuide': 'The guide',
	'learn.close': 'Close the guide',
	'learn.card': 'Guided path',
	'learn.more.evaluate': 'The evaluation scorecard',
	'learn.details': 'Show the step’s explanation',
	'learn.notFound':
		'The part to look at is not on this screen yet. Load the demo data from the guide first.',
	'learn.s.goal.title': 'Goal: what is the segmentation for?',
	'learn.s.goal.what':
		'Decide what you want to achieve: keep good customers (retention), grow what each customer buys (growth), serve each group at the right cost, or limit bad debt (credit control).',
	'learn.s.goal.why':
		'The goal decides which measures and groups matter. Retention looks at how recently customers bought; credit control looks at overdue payments.',
	'learn.s.goal.look':
		'The “Goal” card on the home screen. Pick a goal: the Segments screen then lists the schemes for that goal first.',
	'learn.s.goal.try':
		'Choose “Retention”, then later notice that Segments starts with the lifecycle.',
	'learn.s.data.title': 'Data: customers, orders, interactions',
	'learn.s.data.what':
		'Segmentation uses three kinds of records: customers (who they are), orders (what they bought, when and for how much) and interactions (visits, calls, complaints, satisfaction).',
	'learn.s.data.why':
		'Every measure is computed from these records. Missing data becomes missing groups: without credit data there is no credit-risk scheme.',
	'learn.s.data.look':
		'The totals on the home screen: customers, orders, revenue, interactions and the period the orders cover. Your own data comes in through the Import screen (CSV or Excel).',
	'learn.s.data.try':
		'Open Customers in the menu and look at one customer’s orders and interactions.',
	'learn.s.measures.title': 'Analyse: recency, frequency, monetary (RFM)',
	'learn.s.measures.what':
		'For every customer the app computes measures: R, days since the last purchase; F, the number of orders; M, the money spent. Each becomes a score from 1 to 5, split at cut points.',
	'learn.s.measures.why':
		'Raw numbers are hard to compare. Scores put every customer on the same 1–5 scale, 5 being best, so “R 5, F 4” reads the same in any business.',
	'learn.s.measures.look':
		'The cut-point table of the RFM score scheme: by default the 20 %, 40 %, 60 % and 80 % quantiles of the data.',
	'learn.s.measures.try':
		'Type a much larger number into “R 20 %” and press Enter: the class counts in the table above change at once. “Use the data’s quintiles” undoes it.',
	'learn.s.schemes.title': 'Define criteria and identify groups',
	'learn.s.schemes.what':
		'A scheme turns measures into groups by clear rules: the RFM named map, the RFM eight classes, value tiers, lifecycle, loyalty, credit risk, attributes, your own rules — or clustering.',
	'learn.s.schemes.why':
		'Each customer ends in exactly one class of each scheme, so every group can be counted, described and served.',
	'learn.s.schemes.look':
		'The list of schemes. The RFM named map shown here groups customers by their R and F scores: Champions, Loyal, At risk, Hibernating …',
	'learn.s.schemes.try':
		'Click through the schemes and press “?” next to a scheme’s name for its explanation.',
	'learn.s.evaluate.title': 'Evaluate the segments',
	'learn.s.evaluate.what':
		'Judge each segment: its size, its share of revenue, how different it is from the others, how stable it is, and whether a strategy can be aimed at it.',
	'learn.s.evaluate.why':
		'Only segments that are large or valuable enough, distinct and reachable are worth a strategy of their own.',
	'learn.s.evaluate.look':
		'The class table of the value tiers: share of customers and share of revenue side by side — a few key customers bring a large part of the revenue (the 80/20 rule). The scorecard per segment is on the Strategies screen.',
	'learn.s.evaluate.try':
		'Compare the share of customers and the share of revenue of the key and the small customers. Then press “Run and save”: the scorecard, the strategies and the monitoring work from saved runs.',
	'learn.s.strategy.title': 'Strategy: actions per segment',
	'learn.s.strategy.what':
		'For each segment a checklist of actions with an owner and due dates: champions get a personal contact and early access, lapsing customers a win-back offer and a call, high-risk accounts a credit review.',
	'learn.s.strategy.why':
		'Segments pay off only when each group is treated differently — and someone is responsible for it.',
	'learn.s.strategy.look': 'The Strategies screen: the checklist of each segment and its progress.',
	'learn.s.strategy.try': 'Pick one segment and name the first action you would take for it.',
	'learn.s.monitor.title': 'Monitor and refine',
	'learn.s.monitor.what':
		'Save a run, add new data, run again and see who moved between segments; adjust the rules when they no longer fit.',
	'learn.s.monitor.why':
		'Customers change every month. A segmentation that is never re-run goes stale.',
	'learn.s.monitor.look':
		'The Monitoring screen. With the demo: save a run on Segments, add the next 3 months (button below), save another run — then compare the two runs.',
	'learn.s.monitor.try':
		'Add the next 3 months of the demo and see what changed on the home screen.',
	'presentation.toggle': 'Presentation mode',
	'presentation.label': 'Presentation mode: larger type and higher contrast for a projector',
	'explain.button': 'What is this?',
	'explain.label': 'Explain: {topic}',
	'explain.close': 'Close',
	'explain.rfm.title': 'RFM: recency, frequency, monetary',
	'explain.rfm.body':
		'R — recency: days since the customer’s last purchase. Fewer days is better: they still remember you.\nF — frequency: how many orders the customer placed. More orders mean a habit.\nM — monetary: how much the customer spent in total (or per order, if you choose the average).\nTogether the three describe how close a customer is to the business: the most used starting point for segmentation.',
	'explain.rfm-cuts.title': 'RFM scores and cut points',
	'explain.rfm-cuts.body':
		'Each measure becomes a score from 1 to 5. The cut points split the customers into five groups of about equal size: they are the 20 %, 40 %, 60 % and 80 % quantiles of the data.\nF and M: the more cut points a value is above, the higher the score (5 = most orders, most money). R is the other way round: the fewest days since the last purchase score 5.\nEqual values always get equal scores, so when many customers share a value (one order, say) some scores stay empty. You can type your own cut points; the counts change at once.',
	'explain.rfm-named.title': 'The RFM named map',
	'explain.rfm-named.body':
		'Customers are placed on a grid of R score (how recently) by F score (how often). Each of the 25 cells belongs to exactly one named group: Champions (recent and frequent), Loyal, Potential loyalist, New, Promising, Need attention, About to sleep, At risk (used to buy often, not lately), Can’t lose (former best customers going quiet) and Hibernating.\nThe names say what to do: thank the champions, win back those at risk before they are lost.',
	'explain.rfm-eight.title': 'RFM eight classes',
	'explain.rfm-eight.body':
		'Each of R, F and M is compared with its average (or median): above or below. Two answers for three measures give 2 × 2 × 2 = 8 classes, from Important value (recent, frequent, big spender) to General win-back (none of the three).\n“Important” means high spend (M above); value, development, retention and win-back follow from R and F. Easy to explain, and common in Chinese textbooks.',
	'explain.value-tier.title': 'Value tiers (the 80/20 rule)',
	'explain.value-tier.body':
		'Customers are sorted by value, largest first. Walking down the list, a customer is a key customer while the running total is below 50 % of all value, major up to 80 %, ordinary up to 95 %, and small beyond; customers with no positive value are small.\nThis follows the Pareto principle: a minority of customers brings most of the revenue, so they deserve most of the attention.',
	'explain.pareto.title': 'The Pareto curve',
	'explain.pareto.body':
		'Customers are lined up from the most to the least valuable; the curve shows what share of revenue the first x % of them bring. The steeper it starts, the more the business depends on a few customers.\nRead it as: “the top 20 % of customers bring 70 % of revenue”. A straight diagonal would mean every customer matters equally.',
	'explain.lifecycle.title': 'Lifecycle stages',
	'explain.lifecycle.body':
		'Where each customer is in the relationship, first match wins: prospect (no order yet), churned (silent longer than the churn limit), lapsing (silent longer than the lapse limit), new (first order in the last 90 days), loyal (5 or more orders over a year or more), active (the rest).\nThe limits follow each customer’s own rhythm: with 3 or more orders, lapsing means silent for twice and churned for four times their usual gap between orders; otherwise 90 and 365 days.',
	'explain.loyalty.title': 'Loyalty',
	'explain.loyalty.body':
		'A score from 0 to 1 that combines how regularly the customer buys again (repeat purchases per year), how long they have been buying, and satisfaction where it was recorded. High from 0.6, low below 0.3; churned customers are low.\nLoyalty is not value: a loyal customer may spend little, and a big spender may be about to leave.',
	'explain.credit-risk.title': 'Credit risk',
	'explain.credit-risk.body':
		'For customers who buy on credit. High risk: more than 90 days overdue, overdue 4 times or more, or the balance at the credit limit. General risk: anything overdue, or the balance above 80 % of the limit. Low risk: the rest. Customers without credit data are counted apart.\nUse it to decide who pays in advance, whose limit to review and whom to call about payment.',
	'explain.attributes.title': 'Attributes',
	'explain.attributes.body':
		'Groups by who the customer is rather than what they did: region, industry, channel, age, gender, income, or any column of your own data (city tier, traveller type, products held …). Numbers such as age are cut into bands.\nAttributes describe who is in a segment and make it reachable: a campaign can be aimed at a channel or a region.',
	'explain.custom-rules.title': 'Custom rules',
	'explain.custom-rules.body':
		'Your own scheme: a list of rules such as “R score ≥ 4 and M score ≥ 4 → VIP”. Rules are checked from the top and the first one that matches wins; customers matching none go to “others”.\nThe app warns when two rules overlap (the lower one loses those customers) and when a rule matches no one.',
	'explain.clv.title': 'Customer lifetime value (CLV)',
	'explain.clv.body':
		'What a customer is expected to bring in the future: expected purchases over the chosen horizon × expected order value, discounted (money later is worth less than money now), × the margin where it is known.\nCLV looks forward while RFM looks back: two customers with the same past can have very different futures.',
	'explain.p-alive.title': 'P(alive): is the customer still active?',
	'explain.p-alive.body':
		'The probability that a customer is still buying from you, given how often they bought and how long they have been silent. A frequent buyer silent for months is probably gone; an occasional buyer silent for as long may not be.\nIt comes from the BG/NBD model, fitted on your own orders.',
	'explain.intention.title': 'Purchase-intention score',
	'explain.intention.body':
		'A score from 0 to 100 for how likely a customer is to buy soon, made from P(alive), expected purchases, recency and trend. The customer’s profile shows which factors raised or lowered the score, so it can be explained to a sales team.',
	'explain.clustering.title': 'Clustering (k-means)',
	'explain.clustering.body':
		'Instead of rules you write, the computer puts together customers that are similar on the measures you choose (recency, frequency, spend …). The measures are scaled first so that no single one dominates.\nEach cluster is then described by how it differs from the average customer, for example “frequent big spenders” or “one-time bargain hunters”.',
	'explain.silhouette.title': 'Silhouette',
	'explain.silhouette.body':
		'How well each customer fits their own cluster compared with the nearest other cluster: from −1 (in the wrong cluster) through 0 (on the border) to 1 (clearly in place).\nThe average over all customers tells how well the clusters are separated: above 0.5 strong, 0.25–0.5 reasonable, below 0.25 weak.',
	'explain.k.title': 'Choosing k, the number of clusters',
	'explain.k.body':
		'k-means has to be told how many groups to make. Try k from 2 to 10 and compare: silhouette (higher is better), the elbow of the inertia curve (where another cluster stops helping much), Calinski-Harabasz (higher is better) and Davies-Bouldin (lower is better).\nThen check the business sense: can you name each cluster and aim a strategy at it? A few clear groups beat many blurred ones.',
	'explain.evaluation.title': 'Evaluating segments',
	'explain.evaluation.body':
		'A good segment is measurable (you can count it), substantial (large or valuable enough), distinct (different from the others), stable (it does not reshuffle every month) and actionable (a strategy can reach it).\nLook at its size, its share of revenue or profit, and whether it has a strategy and an owner.',
	'explain.goal.title': 'The goal of segmentation',
	'explain.goal.body':
		'Segmenting is a means, not an end. Retention: find who is drifting away. Growth: find who could buy more. Cost to serve: match the service to the value. Credit control: find who may not pay.\nThe goal chosen here puts the schemes for it first on the Segments screen.',
	'explain.data.title': 'The data behind the segments',
	'explain.data.body':
		'Customers (who), orders (what, when, how much) and interactions (visits, calls, complaints, satisfaction). Measures such as recency and frequency come from the orders; loyalty also uses satisfaction; credit risk uses the credit fields of the customer records.\nReturns and cancellations reduce a customer’s value rather than count as purchases.'
} as const;
