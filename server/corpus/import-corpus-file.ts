import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { type ImportFile, readCorpusFile } from './read-corpus-file';
import { saveImportedCorpusDocument } from './save-imported-corpus-document';

export type { ImportFile } from './read-corpus-file';
export { maxImportBytes } from './max-import-bytes';

/**
 * Parses before touching the database, so a file that cannot be read leaves the
 * corpus as it was. Re-importing the same file changes nothing.
 */
export async function importCorpusFile(db: Db, file: ImportFile): Promise<{ document: CorpusDocument; changed: boolean }> {
  const parsed = await readCorpusFile(db, file);
  return saveImportedCorpusDocument(db, parsed, file.name);
}
