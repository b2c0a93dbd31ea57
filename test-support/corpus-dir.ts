import { fileURLToPath } from 'node:url';

/** The repository's built-in corpus folder, wherever the tests run from. */
export const builtInCorpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
