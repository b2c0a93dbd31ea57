import type { CorpusDocument, DocumentKind } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';

export type CorpusListing = Pick<
  CorpusDocument,
  'id' | 'title' | 'kind' | 'body' | 'symbol' | 'number' | 'meeting' | 'year' | 'date' | 'sponsors'
> & {
  paragraphCount: number;
  builtIn: boolean;
};

export interface CorpusFilter {
  body?: string;
  kind?: string;
  year?: number;
}

export async function listCorpusDocuments(db: Db, filter: CorpusFilter = {}): Promise<CorpusListing[]> {
  const rows = await db.corpusDocument.findMany({
    where: { body: filter.body, kind: filter.kind, year: filter.year },
    orderBy: [{ year: 'asc' }, { meeting: 'asc' }, { number: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => {
    const listing: CorpusListing = {
      id: row.id,
      title: row.title,
      kind: row.kind as DocumentKind,
      body: row.body,
      year: row.year,
      paragraphCount: row.paragraphCount,
      builtIn: row.builtIn,
    };
    if (row.symbol) listing.symbol = row.symbol;
    if (row.number) listing.number = row.number;
    if (row.meeting !== null) listing.meeting = row.meeting;
    if (row.date) listing.date = row.date;
    if (row.sponsors) listing.sponsors = row.sponsors;
    return listing;
  });
}
