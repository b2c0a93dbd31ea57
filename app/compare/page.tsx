import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ComparisonView } from '@/components/compare/comparison-view';
import { describeAppError } from '@/i18n/describe-app-error';
import { requireUser } from '@/server/auth/current-user';
import { compareStoredTexts } from '@/server/compare/compare-stored-texts';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { PdfLink } from '@/components/export/pdf-link';

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ a?: string; b?: string; noise?: string }> }) {
  const user = await requireUser();
  const t = await getTranslations('compare');
  const { a, b, noise } = await searchParams;
  const db = getDb();
  const documents = await listCorpusDocuments(db);
  let comparison: Awaited<ReturnType<typeof compareStoredTexts>> | null = null;
  let problem: string | null = null;
  if (a && b) {
    try {
      comparison = await compareStoredTexts(db, a, b, { user, action: 'draft:read' }, { showNoise: noise === '1' });
    } catch (error) {
      if (!isAppError(error, 'not-found')) throw error;
      problem = await describeAppError(error);
    }
  }
  const options = documents.map((doc) => (
    <option key={doc.id} value={doc.id}>
      {doc.number ? `${doc.number} — ` : ''}
      {doc.meeting ? t('meeting', { meeting: doc.meeting }) : ''}
      {doc.kind} ({doc.year})
    </option>
  ));
  return (
    <main style={{ maxWidth: '90rem' }}>
      <div className="card">
        <h1>{t('title')}</h1>
        <form method="get" className="corpus-filters" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <div className="field">
            <label htmlFor="a">{t('oldText')}</label>
            <input id="a" name="a" list="texts" defaultValue={a ?? ''} placeholder={t('example', { example: '10/3' })} required />
          </div>
          <div className="field">
            <label htmlFor="b">{t('newText')}</label>
            <input id="b" name="b" list="texts" defaultValue={b ?? ''} placeholder={t('example', { example: '11/5' })} required />
          </div>
          <datalist id="texts">{options}</datalist>
          <label className="field" style={{ flexDirection: 'row', gap: '0.4rem' }}>
            <input type="checkbox" name="noise" value="1" defaultChecked={noise === '1'} /> {t('showNoise')}
          </label>
          <button className="button" type="submit">
            {t('compare')}
          </button>
        </form>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {comparison && (
          <p className="muted">
            {t('shareableLink')}{' '}
            <Link href={`/compare?a=${encodeURIComponent(a!)}&b=${encodeURIComponent(b!)}${noise === '1' ? '&noise=1' : ''}`}>
              {t('thisComparison')}
            </Link>
            {' · '}
            <a href={`/api/compare/export?a=${encodeURIComponent(a!)}&b=${encodeURIComponent(b!)}`}>{t('downloadWord')}</a>
            {' · '}
            <PdfLink href={`/api/compare/export?a=${encodeURIComponent(a!)}&b=${encodeURIComponent(b!)}&format=pdf`}>{t('asPdf')}</PdfLink>
          </p>
        )}
      </div>
      {comparison && (
        <ComparisonView pairs={comparison.pairs} summary={comparison.summary} left={comparison.a.label} right={comparison.b.label} />
      )}
    </main>
  );
}
