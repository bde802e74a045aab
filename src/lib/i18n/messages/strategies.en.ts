/** English texts of the strategies screens (merged into en.ts). */
export const strategiesEn = {} as const;
