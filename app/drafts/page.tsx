import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';
import '@/components/draft/draft.css';

export const metadata = { title: 'Drafts · Zero Draft' };

function formatUpdated(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

export default async function DraftsPage() {
  const user = await requireUser();
  const db = getDb();
  const negotiations = await listVisibleNegotiations(db, user);
  const canCreate = negotiations.some((negotiation) => can(negotiation.role, 'draft:create'));
  const drafts = await db.draft.findMany({
    where: { negotiationId: { in: negotiations.map((negotiation) => negotiation.id) }, archivedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, updatedAt: true, baseDocumentId: true, baseDraftId: true },
  });
  const documentIds = [...new Set(drafts.flatMap((draft) => (draft.baseDocumentId ? [draft.baseDocumentId] : [])))];
  const documents = documentIds.length
    ? await db.corpusDocument.findMany({ where: { id: { in: documentIds } }, select: { id: true, number: true, title: true } })
    : [];
  const documentLabels = new Map(documents.map((document) => [document.id, document.number ?? document.title]));
  const draftTitles = new Map(drafts.map((draft) => [draft.id, draft.title]));

  return (
    <main>
      <section className="card" aria-labelledby="drafts-heading">
        <div className="draft-list-head">
          <h1 id="drafts-heading">Drafts</h1>
          {canCreate && (
            <Link className="button" href="/drafts/new">
              New draft
            </Link>
          )}
        </div>
        {drafts.length === 0 ? (
          <p className="muted">No drafts yet.</p>
        ) : (
          <table className="listing">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Based on</th>
                <th scope="col">Updated (UTC)</th>
                <th scope="col">Revisions and Word</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.id}>
                  <td>
                    <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
                  </td>
                  <td>
                    {draft.baseDraftId ? (
                      <>draft “{draftTitles.get(draft.baseDraftId) ?? draft.baseDraftId}”</>
                    ) : draft.baseDocumentId ? (
                      (documentLabels.get(draft.baseDocumentId) ?? draft.baseDocumentId)
                    ) : (
                      <span className="muted">blank</span>
                    )}
                  </td>
                  <td>{formatUpdated(draft.updatedAt)}</td>
                  <td>
                    <Link href={`/drafts/${draft.id}/revisions`}>Revisions</Link> · <a href={`/api/drafts/${draft.id}/export`}>.docx</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
