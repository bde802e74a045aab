/** English texts of the clusters screens (merged into en.ts). */
export const clustersEn = {
	'scheme.cluster': 'Clusters: {name}',
	'clusters.intro':
		'k-means puts customers who resemble each other on the measures you choose into the same group, with no rule given in advance: it shows the groups the data itself holds. Work down the page: choose the features, compare numbers of clusters, fit, read the profiles, check how stable they are, and save the result as a segmentation scheme.',
	'clusters.noData':
		'Clustering needs customers with orders. Load the demo data or import your customers and orders first.',
	'clusters.step.features': 'Step 1 · Choose the features',
	'clusters.population':
		'The {clustered} customers with at least one order are clustered. The {prospects} customers without an order have no recency, frequency or spend yet: they stay out and, once saved, form their own class “Prospect”.',
	'clusters.features.measures': 'Measures',
	'clusters.features.measuresHint':
		'Tick the measures to compare customers on. Log shrinks the few very large values (a handful of big spenders) so they do not dominate; it starts switched on for frequency and money.',
	'clusters.features.log': 'log',
	'clusters.features.missing': '{count} missing, filled with the median',
	'clusters.features.columns': 'Customer columns',
	'clusters.features.columnsHint':
		'A text column becomes one 0/1 column per value (one-hot). The weight sets how much it counts against a standardised measure: 1 about as much, 0.5 half as much.',
	'clusters.features.weight': 'Weight',
	'clusters.features.weightOf': 'Weight of {field}',
	'clusters.features.levels': '{count} values',
	'clusters.features.standardise':
		'Every measure is put on one scale before clustering, so days, counts and money weigh alike: +1 means “one standard deviation above the average customer”.',
	'clusters.preview.caption': 'The feature matrix: first {shown} of {rows} rows, {cols} columns',
	'clusters.preview.missing': 'missing',
	'clusters.preview.legend':
		'Bold: the number k-means sees (after log and standardising). Small: the original value.',
	'clusters.preview.filled': '{count} missing values were filled with the median of their measure.',
	'clusters.run.title': 'Restarts and seed',
	'clusters.run.restarts': 'Restarts per k',
	'clusters.run.seed': 'Seed',
	'clusters.run.hint':
		'k-means starts from random centres (k-means++) and can settle on a poorer solution; each restart starts afresh and the best one (lowest inertia) is kept. The same seed always gives the same clusters.',
	'clusters.compare': 'Compare k = 2 to 10',
	'clusters.compareHint':
		'Fits k-means for every k from 2 to 10 in the background; the page stays usable.',
	'clusters.error.noFeatures': 'Choose at least one measure or column.',
	'clusters.error.tooFewRows': 'Too few customers with orders to form clusters.',
	'clusters.phase.sweep': 'Comparing k: {done} of {total} done…',
	'clusters.phase.fit': 'Fitting k-means on all customers…',
	'clusters.phase.project': 'Projecting onto two axes…',
	'clusters.phase.profile': 'Describing the clusters…',
	'clusters.phase.stability': 'Checking stability: {done} of {total} re-fits done…',
	'clusters.step.k': 'Step 2 · How many clusters?',
	'clusters.k.intro':
		'No single number proves the right k. Four measures of how well the groups separate are shown side by side; where several agree, that k is a good start. Then ask whether you can act on that many groups.',
	'clusters.k.inertia': 'Inertia (elbow)',
	'clusters.k.inertiaHint':
		'Spread within the clusters; it always falls as k grows. Look for the bend where it stops falling fast.',
	'clusters.k.silhouette': 'Silhouette',
	'clusters.k.silhouetteHint':
		'How much closer customers are to their own cluster than to the next one (−1 to 1). Higher is better.',
	'clusters.k.ch': 'Calinski-Harabasz',
	'clusters.k.chHint': 'Spread between the clusters against spread within them. Higher is better.',
	'clusters.k.db': 'Davies-Bouldin',
	'clusters.k.dbHint': 'How much each cluster overlaps its most similar one. Lower is better.',
	'clusters.k.allRows': 'Every k was fitted on all {rows} customers.',
	'clusters.k.sampledFit':
		'To stay quick, every k was fitted on the same random sample of {sample} of the {rows} customers; the measures were then computed on all of them.',
	'clusters.k.exactSilhouette': 'The silhouette is exact.',
	'clusters.k.sampledSilhouette':
		'The silhouette was computed on a random sample of {sample} customers (it compares every pair of customers, too slow on all).',
	'clusters.k.time': 'Computed in {seconds} s.',
	'clusters.k.table': 'All figures as a table',
	'clusters.k.sizes': 'Cluster sizes',
	'clusters.k.suggested': 'Suggested: k = {k}',
	'clusters.k.reason.best-silhouette':
		'k = {k} has the highest silhouette ({score}): customers sit most clearly in their own cluster.',
	'clusters.k.reason.silhouette-tie-smaller-k':
		'k = {k} has a silhouette ({score}) within 0.01 of the best; among near-equal choices the smallest k is suggested, as fewer groups are easier to act on.',
	'clusters.k.reason.no-silhouette':
		'No silhouette could be computed (too few distinct customers), so the smallest k, {k}, is suggested.',
	'clusters.k.structure.strong':
		'A silhouette above 0.70 means a strong structure: the groups are clearly apart.',
	'clusters.k.structure.reasonable':
		'A silhouette between 0.50 and 0.70 means a reasonable structure: the groups are real, with some customers in between.',
	'clusters.k.structure.weak':
		'A silhouette between 0.25 and 0.50 means a weak structure: the groups overlap. They are still useful for planning actions, but their borders are fuzzy — customer data is usually like this.',
	'clusters.k.structure.none':
		'A silhouette of 0.25 or less means no clear structure: the customers form a continuum more than groups. Treat the clusters as slices, not natural groups.',
	'clusters.k.others':
		'The other measures: Calinski-Harabasz is highest at k = {ch}, Davies-Bouldin lowest at k = {db}. Where they differ, look at the profiles of both ks and keep the one you can act on.',
	'clusters.k.othersAgree':
		'Calinski-Harabasz (highest at k = {ch}) and Davies-Bouldin (lowest at k = {db}) agree.',
	'clusters.k.pick': 'Number of clusters k',
	'clusters.k.pickHint': '★ marks the suggested k. Choosing another k fits it at once.',
	'clusters.step.view': 'Step 3 · The {k} clusters on a map',
	'clusters.fit.summary':
		'k = {k} fitted on all {rows} customers with {restarts} restarts (seed {seed}); inertia {inertia}; {seconds} s.',
	'clusters.fit.sampled':
		'k = {k}: {restarts} restarts (seed {seed}) on a random sample of {sample}, the best then refined on all {rows} customers; inertia {inertia}; {seconds} s.',
	'clusters.pca.intro':
		'Each dot is a customer, placed on the two directions in which customers differ most (principal components, PCA). Axis 1 shows {first} of all the differences between customers, axis 2 {second}: together {both}. Clusters that overlap here may still be apart in directions not shown.',
	'clusters.pca.axis': 'Axis {n} ({share})',
	'clusters.pca.right': 'Further right: higher {columns}',
	'clusters.pca.up': 'Further up: higher {columns}',
	'clusters.pca.less': '; lower {columns}',
	'clusters.pca.centres': 'Cluster centres',
	'clusters.pca.chart': 'Customers on the two principal axes, coloured by cluster',
	'clusters.pca.drawn': 'Customers drawn',
	'clusters.pca.sampled':
		'{drawn} of {total} customers are drawn (a random sample with each cluster in proportion); the clusters were fitted on all of them.',
	'clusters.pca.all': 'All {total} customers are drawn.',
	'clusters.step.profiles': 'Step 4 · What each cluster is like',
	'clusters.profile.intro':
		'Each card describes one cluster: how many customers, what share of revenue, and the measures on which it differs most from the average customer, in standard deviations (SD). 1 SD is the usual spread between customers: ±0.5 SD is a clear difference, ±1 SD a strong one. The names are suggestions in business words, built from those differences.',
	'clusters.profile.cluster': 'Cluster',
	'clusters.profile.number': 'Cluster {n}',
	'clusters.profile.customers': 'Customers',
	'clusters.profile.revenueShare': 'Share of revenue',
	'clusters.profile.differences': 'Differs most from the average',
	'clusters.profile.nearAverage':
		'Close to the average customer on every measure (no difference of 0.5 SD or more).',
	'clusters.profile.higher': '{sd} SD above average',
	'clusters.profile.lower': '{sd} SD below average',
	'clusters.profile.values': '(this cluster {cluster}, all customers {all})',
	'clusters.profile.centre': 'Centre in original units',
	'clusters.profile.measure': 'Measure',
	'clusters.profile.centreValue': 'Centre',
	'clusters.profile.z': 'vs avg (SD)',
	'clusters.profile.small':
		'A small cluster: only {share} of the customers. Check that it is worth its own strategy, or try a smaller k.',
	'clusters.profile.empty': 'This cluster is empty.',
	'clusters.profile.repeated': 'Its profile resembles cluster {n}, so its name got a number.',
	'clusters.profile.logNote':
		'* A log-scaled measure: its centre is the typical value (a geometric mean), less pulled up by a few very large customers than the plain average.',
	'clusters.step.stability': 'Step 5 · Are the clusters stable?',
	'clusters.stability.working': 'Re-fitting with other seeds and samples…',
	'clusters.stability.verdict.very-stable': 'Very stable',
	'clusters.stability.verdict.stable': 'Stable',
	'clusters.stability.verdict.moderate': 'Moderately stable',
	'clusters.stability.verdict.unstable': 'Unstable',
	'clusters.stability.meaning.very-stable':
		'Re-fits find almost exactly the same clusters. You can build on them.',
	'clusters.stability.meaning.stable':
		'Re-fits find nearly the same clusters; a few customers on the borders move. Safe to act on.',
	'clusters.stability.meaning.moderate':
		'The broad groups hold, but many customers near the borders move between re-fits. Act on the groups, not on the exact borders; another k may be steadier.',
	'clusters.stability.meaning.unstable':
		'Re-fits find different clusters: these groups are not a firm feature of the data. Try other features or another k before acting on them.',
	'clusters.stability.how':
		'The figure is the adjusted Rand index (ARI) between these clusters and {reruns} re-fits with other seeds and {bootstraps} re-fits on bootstrap samples (customers drawn at random with replacement): 1 means identical clusters, 0 no more agreement than chance.',
	'clusters.stability.reruns': 'Other seeds:',
	'clusters.stability.bootstraps': 'Bootstrap samples:',
	'clusters.step.save': 'Step 6 · Save as a segmentation scheme',
	'clusters.save.intro':
		'Once saved, the clusters are a scheme like RFM or lifecycle: they appear on the Segments screen, can be the primary segment and get strategies, and every run puts each customer — new ones too — in the cluster with the nearest centre. Its classes:',
	'clusters.save.prospects': 'Prospect (customers without an order)',
	'clusters.save.name': 'Name of the scheme',
	'clusters.save.defaultName': 'k-means, {k} clusters',
	'clusters.save.primary': 'Make it the primary segment',
	'clusters.save.button': 'Save as a scheme',
	'clusters.save.saving': 'Saving and running every scheme…',
	'clusters.save.done': 'Saved, and a run stored: {counts} = {customers} customers.',
	'clusters.save.open': 'See it on the Segments screen',
	'clusters.saved.title': 'Clusterings saved as schemes',
	'clusters.saved.detail': 'k = {k} · {features} · saved {date}',
	'clusters.saved.primary': 'Primary segment',
	'clusters.saved.remove': 'Remove',
	'clusters.saved.confirm': 'Remove the scheme “{name}”? Stored runs keep it as history.',
	'clusters.segments.settings':
		'This scheme was saved from the Clustering lab: every run puts each customer with an order in the cluster with the nearest saved centre. Change or remove it in the lab.',
	'clusters.level.blank': '(blank)',
	'clusters.name.mostly': 'mostly {value} ({field})',
	'clusters.name.few': 'few {value} ({field})',
	'clusters.name.high': 'high {measure}',
	'clusters.name.low': 'low {measure}'
} as const;
