/** The largest file the corpus and draft imports accept. */
export const maxImportBytes = 20 * 1024 * 1024;
