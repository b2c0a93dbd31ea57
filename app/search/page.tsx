import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/filter-select';
import { AlsoIn } from '@/components/search/also-in';
import { HighlightedText } from '@/components/search/highlighted-text';
import { findQueryLead, searchIndex } from '@/lib/search';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { listTopics } from '@/server/corpus/list-topics';
import { getSearchIndex } from '@/server/search/get-search-index';

const pageSize = 20;
const kinds = ['resolution', 'decision', 'recommendations', 'draft resolution', 'revised draft resolution'];

interface SearchParams {
  q?: string;
  body?: string;
  kind?: string;
  topic?: string;
  yearFrom?: string;
  yearTo?: string;
  sameLead?: string;
  page?: string;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const t = await getTranslations('search');
  const params = await searchParams;
  const db = getDb();
  const [topics, documents] = await Promise.all([listTopics(db), listCorpusDocuments(db)]);
  const bodies = [...new Set(documents.map((document) => document.body).filter(Boolean))].sort();
  const query = params.q?.trim().slice(0, 10_000) ?? '';
  const page = Math.max(1, Number(params.page) || 1);
  const year = (value?: string) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);
  const index = query ? await getSearchIndex(db) : null;
  // "same opening words": the formula the query opens with, as the corpus writes it in leads
  const lead = index && params.sameLead ? findQueryLead(index, query) : undefined;
  const result = index
    ? searchIndex(index, query, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
        filter: {
          body: params.body || undefined,
          kind: params.kind ? [params.kind] : undefined,
          topic: params.topic || undefined,
          yearFrom: year(params.yearFrom),
          yearTo: year(params.yearTo),
          lead,
        },
      })
    : null;
  const link = (target: number) => {
    const next = new URLSearchParams(Object.entries(params).filter(([, value]) => value) as [string, string][]);
    next.set('page', String(target));
    return `/search?${next.toString()}`;
  };
  return (
    <main>
      <div className="card">
        <h1>{t('title')}</h1>
        <search>
          <form method="get">
            <div className="field">
              <label htmlFor="q">{t('query')}</label>
              <textarea id="q" name="q" rows={3} defaultValue={query} placeholder={t('queryExample')} />
            </div>
            <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
              <FilterSelect name="body" label={t('body')} anyLabel={t('any')} value={params.body} options={bodies} />
              <FilterSelect name="kind" label={t('kind')} anyLabel={t('any')} value={params.kind} options={kinds} />
              <FilterSelect
                name="topic"
                label={t('topic')}
                anyLabel={t('any')}
                value={params.topic}
                options={topics.map((topic) => topic.topic)}
              />
              <div className="field">
                <label htmlFor="yearFrom">{t('yearFrom')}</label>
                <input id="yearFrom" name="yearFrom" size={5} inputMode="numeric" defaultValue={params.yearFrom ?? ''} />
              </div>
              <div className="field">
                <label htmlFor="yearTo">{t('yearTo')}</label>
                <input id="yearTo" name="yearTo" size={5} inputMode="numeric" defaultValue={params.yearTo ?? ''} />
              </div>
              <div className="field">
                <label title={t('sameLeadHint')}>
                  <input type="checkbox" name="sameLead" value="1" defaultChecked={Boolean(params.sameLead)} /> {t('sameLead')}
                </label>
              </div>
              <button className="button" type="submit">
                {t('search')}
              </button>
            </div>
          </form>
        </search>
      </div>
      {result && (
        <div className="card">
          <p aria-live="polite" data-testid="result-count">
            {result.found === false || result.total === 0
              ? t('noneFound')
              : lead
                ? t('foundWithLead', { total: result.total, lead })
                : t('found', { total: result.total })}
          </p>
          <ol start={(page - 1) * pageSize + 1}>
            {result.hits.map((hit) => (
              <li key={`${hit.documentId}#${hit.ref}`} style={{ marginBottom: '0.9rem' }} data-testid="search-hit">
                <Link href={`/corpus/${hit.documentId}#${hit.ref}`}>
                  <strong>{hit.citation}</strong>
                </Link>
                <AlsoIn places={hit.alsoIn} />
                <div style={{ fontFamily: "'Times New Roman', serif" }}>
                  <HighlightedText text={hit.text} ranges={hit.matches} />
                </div>
              </li>
            ))}
          </ol>
          <nav aria-label={t('pages')} style={{ display: 'flex', gap: '1rem' }}>
            {page > 1 && <Link href={link(page - 1)}>{t('previous')}</Link>}
            {page * pageSize < result.total && <Link href={link(page + 1)}>{t('next')}</Link>}
          </nav>
        </div>
      )}
    </main>
  );
}
