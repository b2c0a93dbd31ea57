import Link from 'next/link';
import { FilterSelect } from '@/components/filter-select';
import { canOnSite } from '@/lib/auth/permissions';
import { readSiteStanding } from '@/server/negotiations/check-access';
import { requireUser } from '@/server/auth/current-user';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function kindClass(kind: string): string {
  if (kind.includes('draft')) return 'kind-tag draft';
  return kind === 'recommendations' ? 'kind-tag recommendations' : 'kind-tag';
}

export default async function CorpusPage({ searchParams }: { searchParams: Promise<{ body?: string; kind?: string; year?: string }> }) {
  const user = await requireUser();
  const params = await searchParams;
  const db = getDb();
  const all = await listCorpusDocuments(db);
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : undefined;
  const shown = all.filter(
    (doc) => (!params.body || doc.body === params.body) && (!params.kind || doc.kind === params.kind) && (!year || doc.year === year),
  );
  const bodies = countBy(all, (doc) => doc.body);
  const kinds = countBy(all, (doc) => doc.kind);
  const years = [...new Set(all.map((doc) => doc.year))].sort();
  const paragraphs = shown.reduce((sum, doc) => sum + doc.paragraphCount, 0);
  return (
    <main>
      <div className="card">
        <h1>Corpus</h1>
        <p className="muted">
          Earlier resolutions, decisions, recommendations and drafts: the agreed language negotiators cite.{' '}
          <Link href="/corpus/topics">Thematic index</Link>
          {canOnSite(await readSiteStanding(getDb(), user), 'corpus:import') && (
            <>
              {' · '}
              <Link href="/corpus/import">Import a document</Link>
            </>
          )}
        </p>
        <form className="corpus-filters" method="get" aria-label="Filter the corpus">
          <FilterSelect
            name="body"
            label="Body"
            anyLabel="All bodies"
            value={params.body}
            options={bodies.map(([body, count]) => ({ value: body, label: `${body} (${count})` }))}
          />
          <FilterSelect
            name="kind"
            label="Kind"
            anyLabel="All kinds"
            value={params.kind}
            options={kinds.map(([kind, count]) => ({ value: kind, label: `${kind} (${count})` }))}
          />
          <FilterSelect name="year" label="Year" anyLabel="All years" value={params.year} options={years.map(String)} />
          <button className="button" type="submit">
            Filter
          </button>
          {(params.body || params.kind || params.year) && <Link href="/corpus">Clear filters</Link>}
        </form>
        <ul className="count-chips" aria-label="Counts">
          <li>
            <strong data-testid="document-count">{shown.length}</strong> documents
          </li>
          <li>
            <strong>{paragraphs}</strong> paragraphs
          </li>
          {countBy(shown, (doc) => doc.kind).map(([kind, count]) => (
            <li key={kind}>
              <strong>{count}</strong> {kind}
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <table className="listing">
          <caption className="visually-hidden">Corpus documents</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Document</th>
              <th scope="col">Kind</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                Paragraphs
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((doc) => (
              <tr key={doc.id}>
                <td>{doc.year}</td>
                <td>
                  <Link href={`/corpus/${doc.id}`}>
                    {doc.number ? `${doc.kind === 'decision' ? 'Decision' : 'Resolution'} ${doc.number}: ` : ''}
                    {doc.meeting ? `Meeting ${doc.meeting}: ` : ''}
                    {doc.title}
                  </Link>
                  <div className="muted" style={{ fontSize: '0.8rem' }}>
                    {doc.symbol ? `${doc.symbol} · ` : ''}
                    {doc.body}
                    {doc.sponsors ? ` · sponsors: ${doc.sponsors}` : ''}
                  </div>
                </td>
                <td>
                  <span className={kindClass(doc.kind)}>{doc.kind}</span>
                </td>
                <td style={{ textAlign: 'right' }}>{doc.paragraphCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
