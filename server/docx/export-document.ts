import { countPdfPages } from '@/lib/pdf/count-pdf-pages';
import type { TextReader } from '@/server/compare/resolve-comparable-text';
import type { Db } from '@/server/db/client';
import { convertDocxToPdf } from './convert-docx-to-pdf';
import { exportComparisonDocx } from './export-comparison-docx';
import { exportCompilationDocx } from './export-compilation-docx';
import { exportLiveDraftDocx } from './export-live-draft-docx';
import { exportRevisionDocx } from './export-revision-docx';

export const exportFormats = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What is exported; the caller has already checked that the reader may export it. */
export type ExportTarget =
  | { kind: 'draft'; draftId: string }
  | { kind: 'revision'; revisionId: string; tracked: boolean; against?: string }
  | { kind: 'comparison'; a: string; b: string }
  | { kind: 'compilation'; draft: { id: string; title: string }; all: boolean };

export interface ExportedDocument {
  buffer: Buffer;
  /** The file's name without its extension. */
  title: string;
  format: ExportFormat;
  /** Known for PDF. */
  pages?: number;
}

async function exportWord(db: Db, target: ExportTarget, reader: TextReader): Promise<{ buffer: Buffer; title: string }> {
  switch (target.kind) {
    case 'draft':
      return exportLiveDraftDocx(db, target.draftId);
    case 'revision':
      return exportRevisionDocx(db, target.revisionId, {
        tracked: target.tracked,
        ...(target.against ? { against: target.against } : {}),
        reader,
      });
    case 'comparison': {
      const { buffer, title } = await exportComparisonDocx(db, target.a, target.b, reader);
      return { buffer, title: `Redline ${title}` };
    }
    case 'compilation':
      return exportCompilationDocx(db, target.draft, { all: target.all });
  }
}

/**
 * Every export, for the web routes and the CLI alike, so a button and a command hand out the same file: the Word
 * file, or that same file as LibreOffice prints it.
 */
export async function exportDocument(db: Db, target: ExportTarget, format: ExportFormat, reader: TextReader): Promise<ExportedDocument> {
  const word = await exportWord(db, target, reader);
  if (format === 'docx') return { ...word, format };
  const pdf = await convertDocxToPdf(word.buffer);
  const pages = countPdfPages(pdf);
  return { buffer: pdf, title: word.title, format, ...(pages === null ? {} : { pages }) };
}
