import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
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
  const [t, format] = await Promise.all([getTranslations('revisions'), getFormatter()]);
  const { draft } = access;
  const revisions = await listRevisions(getDb(), id);
  return (
    <main>
      <NegotiationBreadcrumb negotiation={access.negotiation} trail={[{ href: `/drafts/${id}`, label: draft.title }]} />
      <div className="card">
        <h1>{t('title')}</h1>
        <p className="muted">
          {t('introBefore')}
          <Link href={`/drafts/${id}/details`}>{t('detailsLink')}</Link>
          {t('introAfter')} <a href={`/api/drafts/${id}/export`}>{t('downloadLive')}</a> ·{' '}
          <PdfLink href={`/api/drafts/${id}/export?format=pdf`}>PDF</PdfLink>
        </p>
        {can(access.role, 'draft:issue-revision') && !draft.archivedAt && (
          <IssueRevisionForm draftId={id} suggestedName={`Rev.${revisions.length + 1}`} />
        )}
      </div>
      <div className="card">
        {revisions.length === 0 ? (
          <p className="muted">{t('noRevision')}</p>
        ) : (
          <table className="listing">
            <caption className="visually-hidden">{t('caption', { title: draft.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('revision')}</th>
                <th scope="col">{t('issued')}</th>
                <th scope="col">{t('compare')}</th>
                <th scope="col">{t('word')}</th>
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
                      <span className="muted">{t('paragraphCount', { count: revision.paragraphs })}</span>
                    </td>
                    <td>
                      {format.dateTime(new Date(revision.issuedAt), 'stamp')}
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
                          <Link href={compareLink(draft.baseDocumentId, key)}>{t('baseTo', { name: revision.name })}</Link>
                          <br />
                        </>
                      )}
                      <Link href={compareLink(key, `draft:${id}`)}>{t('toLive', { name: revision.name })}</Link>
                    </td>
                    <td>
                      <a href={`/api/revisions/${revision.id}/export`}>{t('cleanDocx')}</a> ·{' '}
                      <PdfLink href={`/api/revisions/${revision.id}/export?format=pdf`}>PDF</PdfLink>
                      {(previous || draft.baseDocumentId) && (
                        <>
                          <br />
                          <a href={`/api/revisions/${revision.id}/export?tracked=1`}>{t('trackedDocx')}</a> ·{' '}
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
