import Link from 'next/link';
import type { ManagedDraftListing } from '@/server/negotiations/list-managed-drafts';
import { JsonForm } from './json-form';
import './admin.css';

function day(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** A negotiation's drafts with Archive (read-only, out of the lists) and Delete (only for a draft made by mistake). */
export function DraftManager({ drafts }: { drafts: ManagedDraftListing[] }) {
  if (drafts.length === 0) return <p className="muted">No drafts yet.</p>;
  return (
    <table className="listing" data-testid="negotiation-drafts">
      <thead>
        <tr>
          <th scope="col">Draft</th>
          <th scope="col">Started by</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id} data-testid="managed-draft">
            <td>
              <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>{' '}
              <span className="muted">{draft.archivedAt ? `archived ${day(draft.archivedAt)}` : `updated ${day(draft.updatedAt)}`}</span>
            </td>
            <td>{draft.createdByName}</td>
            <td className="row-actions">
              {!draft.archivedAt && (
                <JsonForm
                  action={`/api/drafts/${draft.id}/archive`}
                  submitLabel="Archive"
                  submitAriaLabel={`Archive ${draft.title}`}
                  doneMessage="Archived: read-only and out of the lists."
                />
              )}
              <JsonForm
                action={`/api/drafts/${draft.id}`}
                method="DELETE"
                submitLabel="Delete"
                submitAriaLabel={`Delete ${draft.title}`}
                confirmMessage={`Delete "${draft.title}" for good? Only a draft made by mistake, that nobody else worked on, can be deleted.`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
