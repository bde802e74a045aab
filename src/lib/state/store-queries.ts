/**
 * The read functions screens may subscribe to through `LiveQuery`. Pages never import db
 * directly; they take these from state.
 */

export { storeMeta } from '$lib/db/meta';
export { allCustomers, customerById } from '$lib/db/customers';
export { ordersOfCustomer } from '$lib/db/orders';
export { interactionsOfCustomer } from '$lib/db/interactions';
export { readSetting } from '$lib/db/settings';
export { LAST_BACKUP_SETTING } from '$lib/db/backup';
export { latestRun, listRuns } from '$lib/db/runs';
export { strategyById } from '$lib/db/strategies';
export { DEMO_SETTING } from '$lib/core/setting-keys';
