import { respondWithDocx } from './docx-response';
import type { ExportedDocument } from './export-document';
import { respondWithPdf } from './pdf-response';

/** A download of an exported document in the format it was made in. */
export function respondWithExport(exported: ExportedDocument): Response {
  return exported.format === 'pdf' ? respondWithPdf(exported.buffer, exported.title) : respondWithDocx(exported.buffer, exported.title);
}
