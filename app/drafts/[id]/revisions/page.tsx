import Link from 'next/link';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { IssueRevisionForm } from '@/components/revisions/issue-revision-form';
import { can } from '@/lib/auth/permissions';
import { requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listRevisions } from '@/server/revisions/list-revisions';
import { PdfLink } from '@/components/export/pdf-link';

function compareLink(a: string, b: string): string {
  return `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireDraftPage(id);
  const { draft } = access;
  const revisions = await listRevisions(getDb(), id);
  return (
    <main>
      <NegotiationBreadcrumb negotiation={access.negotiation} trail={[{ href: `/drafts/${id}`, label: draft.title }]} />
      <div className="card">
        <h1>Revisions</h1>
        <p className="muted">
          A revision is an immutable record of every paragraph&apos;s text, numbering and status, and of the open proposals, at the moment
          the facilitator issued it. <a href={`/api/drafts/${id}/export`}>Download the live draft (.docx)</a> ·{' '}
          <PdfLink href={`/api/drafts/${id}/export?format=pdf`}>PDF</PdfLink>
        </p>
        {can(access.role, 'draft:issue-revision') && !draft.archivedAt && (
          <IssueRevisionForm draftId={id} suggestedName={`Rev.${revisions.length + 1}`} />
        )}
      </div>
      <div className="card">
        {revisions.length === 0 ? (
          <p className="muted">No revision issued yet.</p>
        ) : (
          <table className="listing">
            <caption className="visually-hidden">Revisions of {draft.title}</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">Issued</th>
                <th scope="col">Compare</th>
                <th scope="col">Word</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => {
                const key = `revision:${revision.id}`;
                const previous = revisions[index - 1];
                return (
                  <tr key={revision.id} data-testid="revision-row">
                    <td>
                      <Link href={`/drafts/${id}/revisions/${revision.id}`}>
                        <strong>{revision.name}</strong>
                      </Link>{' '}
                      <span className="muted">{revision.paragraphs} paragraphs</span>
                    </td>
                    <td>
                      {revision.issuedAt.slice(0, 16).replace('T', ' ')} UTC
                      <div className="muted">{revision.issuedBy}</div>
                    </td>
                    <td>
                      {previous && (
                        <>
                          <Link href={compareLink(`revision:${previous.id}`, key)}>
                            {previous.name} → {revision.name}
                          </Link>
                          <br />
                        </>
                      )}
                      {draft.baseDocumentId && (
                        <>
                          <Link href={compareLink(draft.baseDocumentId, key)}>base text → {revision.name}</Link>
                          <br />
                        </>
                      )}
                      <Link href={compareLink(key, `draft:${id}`)}>{revision.name} → live draft</Link>
                    </td>
                    <td>
                      <a href={`/api/revisions/${revision.id}/export`}>clean .docx</a> ·{' '}
                      <PdfLink href={`/api/revisions/${revision.id}/export?format=pdf`}>PDF</PdfLink>
                      {(previous || draft.baseDocumentId) && (
                        <>
                          <br />
                          <a href={`/api/revisions/${revision.id}/export?tracked=1`}>tracked changes .docx</a> ·{' '}
                          <PdfLink href={`/api/revisions/${revision.id}/export?tracked=1&format=pdf`}>PDF</PdfLink>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </main>
  );
}
