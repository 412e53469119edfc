/** Strings of the header area (see ../index.ts). Keys are `header.…`. */
export const header = {} as const;
