import type { CorpusDocument, CorpusParagraph, DocumentKind, ParagraphKind } from '@/lib/corpus/types';

interface DocumentRow {
  id: string;
  title: string;
  kind: string;
  body: string;
  symbol: string | null;
  number: string | null;
  meeting: number | null;
  year: number;
  date: string | null;
  session: string | null;
  sponsors: string | null;
  chapeau: string | null;
  sources: string;
  becameId: string | null;
}

interface ParagraphRow {
  ref: string;
  kind: string;
  depth: number;
  text: string;
  lead: string | null;
  notes: string | null;
}

/** Rebuilds the domain shape from database rows; optional fields are left out rather than null. */
export function toCorpusDocument(row: DocumentRow, paragraphs: ParagraphRow[], draftIds: string[] = []): CorpusDocument {
  // Built in reading order of the catalogue so JSON output lists number and dates before the paragraphs.
  const document: CorpusDocument = {
    id: row.id,
    title: row.title,
    kind: row.kind as DocumentKind,
    body: row.body,
    year: row.year,
    sources: [],
    paragraphs: [],
  };
  if (row.symbol) document.symbol = row.symbol;
  if (row.number) document.number = row.number;
  if (row.meeting !== null) document.meeting = row.meeting;
  if (row.date) document.date = row.date;
  if (row.session) document.session = row.session;
  if (row.sponsors) document.sponsors = row.sponsors;
  if (row.chapeau) document.chapeau = row.chapeau;
  if (row.becameId) document.becameId = row.becameId;
  if (draftIds.length) document.draftIds = draftIds;
  document.sources = JSON.parse(row.sources) as string[];
  document.paragraphs = paragraphs.map(toCorpusParagraph);
  return document;
}

function toCorpusParagraph(row: ParagraphRow): CorpusParagraph {
  const paragraph: CorpusParagraph = { ref: row.ref, kind: row.kind as ParagraphKind, text: row.text, depth: row.depth };
  if (row.lead) paragraph.lead = row.lead;
  if (row.notes) paragraph.notes = JSON.parse(row.notes) as string[];
  return paragraph;
}
