import type { CorpusDocument } from '@/lib/corpus/types';
import type { ImportedComment, ImportedTrackedChange } from '@/lib/docx';

/** What the parse worker is asked to read: everything it needs travels with the job, it never opens the database. */
export type ParseJob =
  | {
      kind: 'corpus';
      name: string;
      content: Uint8Array;
      meta?: Partial<Pick<CorpusDocument, 'title' | 'kind' | 'year' | 'body' | 'sponsors' | 'symbol' | 'session' | 'number' | 'date'>>;
      /** Paragraphs already in the corpus: their words let the parser rejoin words a PDF split in two. */
      corpusTexts: string[];
    }
  | {
      kind: 'draft';
      name: string;
      content: Uint8Array;
      corpusTexts: string[];
      /** The year the draft is dated, fixed by the caller so that worker and server agree. */
      year: number;
    };

export interface DraftDocument {
  document: CorpusDocument;
  /** Word revisions and comments that are not part of the imported text, listed so nothing is lost silently. */
  notImported: { trackedChanges: ImportedTrackedChange[]; comments: ImportedComment[] };
  warnings: string[];
}

export type ParseOutcome = { kind: 'corpus'; document: CorpusDocument } | ({ kind: 'draft' } & DraftDocument);

/** An error as it crosses from the worker: the class by name, so the server can raise the same one. */
export interface ParseFailure {
  name: 'CorpusParseError' | 'DocxImportError' | 'Error';
  message: string;
  line?: number;
  /** The refusal's name and values for the browser's catalogue, where the parser gave them. */
  reason?: string;
  params?: Record<string, string>;
}

export type ParseWorkerReply = { ok: true; outcome: ParseOutcome } | { ok: false; failure: ParseFailure };
