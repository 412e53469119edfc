/** Strings of the search area (see ../index.ts). Keys are `search.…`. */
export const search = {} as const;
