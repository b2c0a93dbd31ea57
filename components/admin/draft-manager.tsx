import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ManagedDraftListing } from '@/server/negotiations/list-managed-drafts';
import { JsonForm } from './json-form';
import './admin.css';

/** A negotiation's drafts with Archive (read-only, out of the lists) and Delete (only for a draft made by mistake). */
export function DraftManager({ drafts }: { drafts: ManagedDraftListing[] }) {
  const t = useTranslations('admin');
  const format = useFormatter();
  if (drafts.length === 0) return <p className="muted">{t('noDrafts')}</p>;
  return (
    <table className="listing" data-testid="negotiation-drafts">
      <thead>
        <tr>
          <th scope="col">{t('draft')}</th>
          <th scope="col">{t('startedBy')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id} data-testid="managed-draft">
            <td>
              <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>{' '}
              <span className="muted">
                {draft.archivedAt
                  ? t('archivedOn', { date: format.dateTime(draft.archivedAt, 'stamp') })
                  : t('updatedOn', { date: format.dateTime(draft.updatedAt, 'stamp') })}
              </span>
            </td>
            <td>{draft.createdByName}</td>
            <td className="row-actions">
              {!draft.archivedAt && (
                <JsonForm
                  action={`/api/drafts/${draft.id}/archive`}
                  submitLabel={t('archive')}
                  submitAriaLabel={t('archiveLabel', { title: draft.title })}
                  doneMessage={t('archivedDone')}
                />
              )}
              <JsonForm
                action={`/api/drafts/${draft.id}`}
                method="DELETE"
                submitLabel={t('delete')}
                submitAriaLabel={t('deleteLabel', { title: draft.title })}
                confirmMessage={t('deleteConfirm', { title: draft.title })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
