import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CorpusParagraphView } from '@/components/corpus/corpus-paragraph';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { TracedParagraph } from '@/components/revisions/traced-paragraph';
import { requireRevisionPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { PdfLink } from '@/components/export/pdf-link';
import { findRevision } from '@/server/revisions/find-revision';
import { traceRevisionWords } from '@/server/revisions/trace-revision-words';
import '@/components/corpus/corpus.css';

const statusLabels: Record<string, string> = { open: 'open', bracketed: 'bracketed', 'agreed-ad-ref': 'agreed ad ref', agreed: 'agreed' };

export default async function RevisionPage({ params }: { params: Promise<{ id: string; revisionId: string }> }) {
  const { id, revisionId } = await params;
  const { access } = await requireRevisionPage(revisionId);
  const revision = await findRevision(getDb(), revisionId);
  if (!revision || revision.draftId !== id) notFound();
  const { snapshot } = revision;
  const trace = await traceRevisionWords(getDb(), revision);
  return (
    <main>
      <NegotiationBreadcrumb
        negotiation={access.negotiation}
        trail={[
          { href: `/drafts/${id}`, label: access.draft.title },
          { href: `/drafts/${id}/revisions`, label: 'Revisions' },
        ]}
      />
      <div className="card">
        <h1>
          {snapshot.title} — {revision.name}
        </h1>
        <p className="muted">
          Read-only. Issued {revision.issuedAt.slice(0, 16).replace('T', ' ')} UTC · {snapshot.paragraphs.length} paragraphs ·{' '}
          {snapshot.openProposals.length} open proposals · <a href={`/api/revisions/${revision.id}/export`}>Word (.docx)</a> ·{' '}
          <PdfLink href={`/api/revisions/${revision.id}/export?format=pdf`}>PDF</PdfLink>
        </p>
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
                {statusLabels[paragraph.status] ?? paragraph.status}
                {paragraph.attributions.length ? ` · from proposals of ${paragraph.attributions.join(', ')}` : ''}
              </p>
            )}
          </div>
        ))}
      </article>
    </main>
  );
}
