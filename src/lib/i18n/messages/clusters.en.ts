/** English texts of the clusters screens (merged into en.ts). */
export const clustersEn = {} as const;
