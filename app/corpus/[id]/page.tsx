import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CorpusParagraphView } from '@/components/corpus/corpus-paragraph';
import { requireUser } from '@/server/auth/current-user';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

export default async function CorpusDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const t = await getTranslations('corpus');
  const { id } = await params;
  const document = await findCorpusDocument(getDb(), decodeURIComponent(id));
  if (!document) notFound();
  const preambular = document.paragraphs.filter((p) => p.kind === 'preambular').length;
  const operative = document.paragraphs.filter((p) => p.kind === 'operative').length;
  return (
    <main>
      <p>
        <Link href="/corpus">{t('back')}</Link>
      </p>
      <div className="card">
        <dl className="doc-meta">
          <dt>{t('kind')}</dt>
          <dd>
            {document.kind}
            {document.number ? ` ${document.number}` : ''}
            {document.meeting ? t('meetingSuffix', { meeting: String(document.meeting) }) : ''}
          </dd>
          {document.symbol && (
            <>
              <dt>{t('symbol')}</dt>
              <dd>{document.symbol}</dd>
            </>
          )}
          <dt>{t('body')}</dt>
          <dd>{document.body}</dd>
          {document.session && (
            <>
              <dt>{t('session')}</dt>
              <dd>{document.session}</dd>
            </>
          )}
          <dt>{t('date')}</dt>
          <dd>{document.date ?? document.year}</dd>
          {document.sponsors && (
            <>
              <dt>{t('sponsors')}</dt>
              <dd>{document.sponsors}</dd>
            </>
          )}
          <dt>{t('paragraphs')}</dt>
          <dd>{t('paragraphSummary', { preambular, operative, total: document.paragraphs.length })}</dd>
          <dt>{t('sources')}</dt>
          <dd>{document.sources.join(', ')}</dd>
          {document.becameId && (
            <>
              <dt>{t('became')}</dt>
              <dd>
                <Link href={`/corpus/${document.becameId}`}>{document.becameId}</Link>
              </dd>
            </>
          )}
          {document.draftIds && (
            <>
              <dt>{t('drafts')}</dt>
              <dd>
                {document.draftIds.map((draftId) => (
                  <Link key={draftId} href={`/corpus/${draftId}`} style={{ marginRight: '0.75rem' }}>
                    {draftId}
                  </Link>
                ))}
              </dd>
            </>
          )}
        </dl>
      </div>
      <article className="un-text" aria-label={document.title}>
        <h1>{document.title}</h1>
        {document.chapeau && <p className="chapeau">{document.chapeau}</p>}
        {document.paragraphs.map((paragraph) => (
          <CorpusParagraphView key={paragraph.ref} paragraph={paragraph} />
        ))}
      </article>
    </main>
  );
}
