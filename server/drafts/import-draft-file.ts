import type { ImportedComment, ImportedTrackedChange } from '@/lib/docx';
import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';
import { readDraftFile } from './read-draft-file';
import { saveImportedDraft } from './save-imported-draft';

export { asImportedRevisionName } from './save-imported-draft';

export interface DraftImportResult {
  id: string;
  paragraphs: number;
  /** Word revisions and comments that are not part of the imported text, listed so nothing is lost silently. */
  notImported: { trackedChanges: ImportedTrackedChange[]; comments: ImportedComment[] };
  warnings: string[];
}

/** Reads the whole file before anything is written, so a file that cannot be read creates nothing. */
export async function importDraftFile(
  db: Db,
  input: { name: string; content: Buffer; title?: string; createdById: string; negotiationId: string; asImportedBy?: CurrentUser },
): Promise<DraftImportResult> {
  const { document, notImported, warnings } = await readDraftFile(db, input.name, input.content);
  const { content: _content, name: _name, ...rest } = input;
  const saved = await saveImportedDraft(db, { ...rest, document });
  return { ...saved, notImported, warnings };
}
