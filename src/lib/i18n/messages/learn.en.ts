/** English texts of the learn screens (merged into en.ts). */
export const learnEn = {} as const;
