/** The clustering core: features, k-means, choosing k, PCA view, profiles and stability. */

export * from './matrix';
export * from './features';
export { fitKMeans } from './kmeans';
export type { KMeansFit, KMeansOptions } from './kmeans';
export { kMeansPlusPlus } from './kmeans-plus-plus';
export { assignToCentres, clusterMeans, clusterSizes, inertia } from './partition';
export { calinskiHarabasz, daviesBouldin, silhouette, silhouetteSamples } from './metrics';
export type { SilhouetteOptions, SilhouetteResult } from './metrics';
export * from './choose-k';
export * from './pca';
export * from './profile';
export * from './naming';
export { adjustedRandIndex } from './rand-index';
export * from './stability';
export { fitDecisionTree, giniImpurity, mergeSameLeaves, predictTree } from './decision-tree';
export type { TreeNode, TreeOptions } from './decision-tree';
export * from './tree-rules';
