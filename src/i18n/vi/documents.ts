/** Strings of the documents area (see ../index.ts). Keys are `documents.…`. */
export const documents = {} as const;
