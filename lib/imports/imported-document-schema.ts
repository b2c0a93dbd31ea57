import { z } from 'zod';
import { deriveDocumentId } from '@/lib/corpus/derive-document-id';
import type { CorpusDocument } from '@/lib/corpus/types';
import { renumberParagraphs } from './correct-imported-paragraphs';

/** Far above any resolution (the longest in the corpus has a few hundred paragraphs), far below what would strain a request. */
export const importLimits = { paragraphs: 5000, paragraphChars: 20_000, notes: 100, noteChars: 10_000, titleChars: 500 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);

const paragraphSchema = z.object({
  kind: z.enum(['preambular', 'operative', 'subparagraph']),
  text: text(importLimits.paragraphChars),
  lead: z.string().trim().max(500).optional(),
  notes: z.array(text(importLimits.noteChars)).max(importLimits.notes).optional(),
  depth: z.number().int().min(0).max(2),
});

/**
 * A previewed import as the browser sends it back to be saved. References are
 * not part of it: the server recomputes them from the kinds and the order.
 */
export const importedDocumentSchema = z.object({
  /** The uploaded file's name: the document's id and its `sources` follow from it, as in a one-step import. */
  fileName: text(255),
  document: z.object({
    title: text(importLimits.titleChars),
    kind: z.enum(['resolution', 'decision', 'draft resolution', 'revised draft resolution', 'recommendations', 'compendium', 'other']),
    body: z.string().trim().max(importLimits.titleChars),
    number: z.string().trim().max(50).optional(),
    meeting: z.number().int().min(1).max(1000).optional(),
    year: z.number().int().min(1945).max(2100),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    symbol: z.string().trim().max(100).optional(),
    session: z.string().trim().max(200).optional(),
    sponsors: z.string().trim().max(importLimits.titleChars).optional(),
    chapeau: z.string().trim().max(importLimits.paragraphChars).optional(),
    notes: z.array(text(importLimits.noteChars)).max(importLimits.notes).optional(),
    /** A style, not references: whether operative paragraphs are numbered or lettered from the top. */
    numbering: z.enum(['numbered', 'lettered']).default('numbered'),
    paragraphs: z.array(paragraphSchema).max(importLimits.paragraphs),
  }),
});

export type ImportedDocumentInput = z.infer<typeof importedDocumentSchema>;

/**
 * The document to save: references and depths recomputed, a lead kept only
 * where it still opens its paragraph's text (a changed kind or a merge must
 * not leave an italic lead the text no longer starts with).
 */
export function toImportedDocument(input: ImportedDocumentInput): CorpusDocument {
  const { document, fileName } = input;
  const paragraphs = renumberParagraphs(
    document.paragraphs.map(({ lead, notes, ...paragraph }) => ({
      ref: '',
      ...paragraph,
      ...(lead && paragraph.text.startsWith(lead) ? { lead } : {}),
      ...(notes && notes.length > 0 ? { notes } : {}),
    })),
    document.numbering,
  );
  const { paragraphs: _submitted, numbering: _numbering, ...catalogue } = document;
  return {
    ...catalogue,
    id: deriveDocumentId({
      kind: document.kind,
      number: document.number,
      body: document.body,
      meeting: document.meeting,
      year: document.year,
      name: fileName,
    }),
    sources: [fileName],
    paragraphs,
  };
}
