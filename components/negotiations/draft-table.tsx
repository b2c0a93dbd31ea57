import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { DraftListing } from '@/server/negotiations/list-negotiation-drafts';
import { PdfLink } from '@/components/export/pdf-link';

/** One negotiation's drafts, with their revisions and Word exports. */
export function DraftTable({ drafts, caption }: { drafts: DraftListing[]; caption: string }) {
  const t = useTranslations('draftTable');
  const format = useFormatter();
  return (
    <table className="listing">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('title')}</th>
          <th scope="col">{t('basedOn')}</th>
          <th scope="col">{t('updated')}</th>
          <th scope="col">{t('revisionsAndWord')}</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id} data-testid="draft-row">
            <td>
              <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
            </td>
            <td>
              {draft.basedOn?.kind === 'draft' ? (
                t('basedOnDraft', { label: draft.basedOn.label })
              ) : draft.basedOn ? (
                draft.basedOn.label
              ) : (
                <span className="muted">{t('blank')}</span>
              )}
            </td>
            <td>{format.dateTime(draft.updatedAt, 'stamp')}</td>
            <td>
              <Link href={`/drafts/${draft.id}/revisions`}>{t('revisions')}</Link> · <a href={`/api/drafts/${draft.id}/export`}>.docx</a> ·{' '}
              <PdfLink href={`/api/drafts/${draft.id}/export?format=pdf`}>PDF</PdfLink>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
