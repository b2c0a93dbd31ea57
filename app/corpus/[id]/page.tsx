import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CorpusParagraphView } from '@/components/corpus/corpus-paragraph';
import { requireUser } from '@/server/auth/current-user';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

export default async function CorpusDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const document = await findCorpusDocument(getDb(), decodeURIComponent(id));
  if (!document) notFound();
  const preambular = document.paragraphs.filter((p) => p.kind === 'preambular').length;
  const operative = document.paragraphs.filter((p) => p.kind === 'operative').length;
  return (
    <main>
      <p>
        <Link href="/corpus">← Corpus</Link>
      </p>
      <div className="card">
        <dl className="doc-meta">
          <dt>Kind</dt>
          <dd>
            {document.kind}
            {document.number ? ` ${document.number}` : ''}
            {document.meeting ? ` · meeting ${document.meeting}` : ''}
          </dd>
          {document.symbol && (
            <>
              <dt>Symbol</dt>
              <dd>{document.symbol}</dd>
            </>
          )}
          <dt>Body</dt>
          <dd>{document.body}</dd>
          {document.session && (
            <>
              <dt>Session</dt>
              <dd>{document.session}</dd>
            </>
          )}
          <dt>Date</dt>
          <dd>{document.date ?? document.year}</dd>
          {document.sponsors && (
            <>
              <dt>Sponsors</dt>
              <dd>{document.sponsors}</dd>
            </>
          )}
          <dt>Paragraphs</dt>
          <dd>
            {preambular} preambular · {operative} operative · {document.paragraphs.length} in all
          </dd>
          <dt>Sources</dt>
          <dd>{document.sources.join(', ')}</dd>
          {document.becameId && (
            <>
              <dt>Became</dt>
              <dd>
                <Link href={`/corpus/${document.becameId}`}>{document.becameId}</Link>
              </dd>
            </>
          )}
          {document.draftIds && (
            <>
              <dt>Drafts</dt>
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
