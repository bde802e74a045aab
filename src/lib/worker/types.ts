/**
 * The worker API's types, and the few constants the page shares with the worker. Everything
 * outside `src/lib/worker` imports them from here (never from `worker/tasks/*`), so the task
 * modules can change shape without touching screens.
 */

export type { AnalysisApi, Progress, TaskFailure, TaskResult } from './analysis.worker';
export type { Cell, DirectoryQuery, DirectoryRow } from './tasks/explorer-directory';
export type {
	ClusterFeatureSpec,
	ClusterFitView,
	ClusterNames,
	ClusterOptionsView,
	FeaturePreviewView,
	KChoiceView,
	RunSettings,
	SavedClusteringResult,
	SavedClusteringSummary,
	SavedRulesResult,
	StabilityView
} from './tasks/clustering-types';
export type { ClustersAsRules, TreeCondition } from '$lib/core/cluster';
export { DEFAULT_RUN_SETTINGS } from './tasks/clustering-types';
export type { ExplorerView, ProfileMeasure } from './tasks/explorer';
export type { FirstPage } from './tasks/explorer-keys';
export {
	CONTACT_FIELDS,
	LIST_FIELDS,
	LIST_FIRST_SCREEN,
	OPENING_QUERY
} from './tasks/explorer-keys';
export type { SegmentSource } from './engine/sources';
export type {
	CustomerValue,
	PredictionStatus,
	ValueSettings,
	ValueView
} from './tasks/value-types';
export { DEFAULT_VALUE_SETTINGS } from './tasks/value-types';
export type { DashboardView, OwnerWeekView } from './tasks/dashboard';
export type { SchemeView, SegmentationView } from './tasks/segmentation';
export { SEGMENT_SETTINGS_KEY, VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
export type { MigrationView, MovedCustomer } from './tasks/monitor';
export type { CohortRow } from './tasks/cohorts';
export type { ValidationView } from './tasks/import';
export type { ScorecardView } from './tasks/strategies-scorecard';
export type { DemoState } from './tasks/demo';
export type { CustomerRunSegments } from './tasks/customer-history';
export type { CampaignInput, CampaignMembers, CampaignPlan, CampaignView } from './tasks/campaigns';
