import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
  const t = await getTranslations('corpus');
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
        <h1>{t('title')}</h1>
        <p className="muted">
          {t('intro')} <Link href="/corpus/topics">{t('topicsLink')}</Link>
          {canOnSite(await readSiteStanding(getDb(), user), 'corpus:import') && (
            <>
              {' · '}
              <Link href="/corpus/import">{t('importLink')}</Link>
            </>
          )}
        </p>
        <form className="corpus-filters" method="get" aria-label={t('filterLabel')}>
          <FilterSelect
            name="body"
            label={t('body')}
            anyLabel={t('allBodies')}
            value={params.body}
            options={bodies.map(([body, count]) => ({ value: body, label: `${body} (${count})` }))}
          />
          <FilterSelect
            name="kind"
            label={t('kind')}
            anyLabel={t('allKinds')}
            value={params.kind}
            options={kinds.map(([kind, count]) => ({ value: kind, label: `${kind} (${count})` }))}
          />
          <FilterSelect name="year" label={t('year')} anyLabel={t('allYears')} value={params.year} options={years.map(String)} />
          <button className="button" type="submit">
            {t('filter')}
          </button>
          {(params.body || params.kind || params.year) && <Link href="/corpus">{t('clearFilters')}</Link>}
        </form>
        <ul className="count-chips" aria-label={t('counts')}>
          <li>
            {t.rich('documentCount', {
              count: shown.length,
              strong: (chunks) => <strong data-testid="document-count">{chunks}</strong>,
            })}
          </li>
          <li>{t.rich('paragraphCount', { count: paragraphs, strong: (chunks) => <strong>{chunks}</strong> })}</li>
          {countBy(shown, (doc) => doc.kind).map(([kind, count]) => (
            <li key={kind}>
              <strong>{count}</strong> {kind}
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <table className="listing">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              <th scope="col">{t('document')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {t('paragraphs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((doc) => (
              <tr key={doc.id}>
                <td>{doc.year}</td>
                <td>
                  <Link href={`/corpus/${doc.id}`}>
                    {doc.number ? t('numbered', { kind: doc.kind === 'decision' ? 'decision' : 'resolution', number: doc.number }) : ''}
                    {doc.meeting ? t('meeting', { meeting: String(doc.meeting) }) : ''}
                    {doc.title}
                  </Link>
                  <div className="muted" style={{ fontSize: '0.8rem' }}>
                    {doc.symbol ? `${doc.symbol} · ` : ''}
                    {doc.body}
                    {doc.sponsors ? t('sponsoredBy', { sponsors: doc.sponsors }) : ''}
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
