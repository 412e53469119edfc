/** Strings of the errors area (see ../index.ts). Keys are `errors.…`. */
export const errors = {} as const;
