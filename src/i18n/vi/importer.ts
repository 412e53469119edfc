/** Strings of the importer area (see ../index.ts). Keys are `importer.…`. */
export const importer = {} as const;
