import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CorpusParagraphView } from '@/components/corpus/corpus-paragraph';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { TracedParagraph } from '@/components/revisions/traced-paragraph';
import { requireRevisionPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { PdfLink } from '@/components/export/pdf-link';
import { buildDraftDocumentFurniture } from '@/server/furniture/build-draft-document-furniture';
import { findRevision } from '@/server/revisions/find-revision';
import { traceRevisionWords } from '@/server/revisions/trace-revision-words';
import '@/components/corpus/corpus.css';

export default async function RevisionPage({ params }: { params: Promise<{ id: string; revisionId: string }> }) {
  const { id, revisionId } = await params;
  const { access } = await requireRevisionPage(revisionId);
  const [t, format] = await Promise.all([getTranslations('revisions'), getFormatter()]);
  const revision = await findRevision(getDb(), revisionId);
  if (!revision || revision.draftId !== id) notFound();
  const { snapshot } = revision;
  const trace = await traceRevisionWords(getDb(), revision);
  const furniture = await buildDraftDocumentFurniture(getDb(), {
    revision: { name: revision.name, issuedAt: revision.issuedAt, furniture: snapshot.furniture },
  });
  const sponsorLine = furniture.mainSponsor ? `${furniture.mainSponsor}: ${furniture.documentKind ?? 'draft resolution'}` : null;
  return (
    <main>
      <NegotiationBreadcrumb
        negotiation={access.negotiation}
        trail={[
          { href: `/drafts/${id}`, label: access.draft.title },
          { href: `/drafts/${id}/revisions`, label: t('title') },
        ]}
      />
      <div className="card">
        <h1>
          {snapshot.title} — {revision.name}
        </h1>
        <p className="muted">
          {t('readOnly', {
            time: format.dateTime(new Date(revision.issuedAt), 'stamp'),
            paragraphs: snapshot.paragraphs.length,
            proposals: snapshot.openProposals.length,
          })}
          <a href={`/api/revisions/${revision.id}/export`}>{t('wordDocx')}</a> ·{' '}
          <PdfLink href={`/api/revisions/${revision.id}/export?format=pdf`}>PDF</PdfLink>
        </p>
        {(furniture.symbol || sponsorLine) && (
          <p data-testid="revision-furniture">
            {furniture.symbol && <strong>{furniture.symbol}</strong>}
            {furniture.symbol && sponsorLine && ' · '}
            {sponsorLine}
            {furniture.coSponsors?.length ? t('coSponsors', { names: furniture.coSponsors.join(', ') }) : ''}
          </p>
        )}
      </div>
      <article className="un-text" aria-label={`${snapshot.title} ${revision.name}`}>
        <h1>{snapshot.title}</h1>
        {snapshot.chapeau && <p className="chapeau">{snapshot.chapeau}</p>}
        {snapshot.paragraphs.map((paragraph) => (
          <div key={paragraph.id} data-testid="revision-paragraph" data-status={paragraph.status}>
            <CorpusParagraphView
              paragraph={{
                ref: paragraph.ref,
                kind: paragraph.kind,
                text: paragraph.text,
                depth: paragraph.depth,
                ...(paragraph.lead ? { lead: paragraph.lead } : {}),
              }}
            />
            <TracedParagraph label={paragraph.ref} runs={trace.paragraphs.get(paragraph.id) ?? []} names={trace.names} />
            {paragraph.status !== 'open' && (
              <p className="muted" style={{ margin: '-0.5rem 0 0.75rem 4rem', fontSize: '0.8rem' }}>
                {t('status', { status: paragraph.status })}
                {paragraph.attributions.length ? t('fromProposalsOf', { names: paragraph.attributions.join(', ') }) : ''}
              </p>
            )}
          </div>
        ))}
      </article>
    </main>
  );
}
