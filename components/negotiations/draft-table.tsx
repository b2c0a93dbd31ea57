import Link from 'next/link';
import type { DraftListing } from '@/server/negotiations/list-negotiation-drafts';
import { PdfLink } from '@/components/export/pdf-link';

function formatUpdated(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** One negotiation's drafts, with their revisions and Word exports. */
export function DraftTable({ drafts, caption }: { drafts: DraftListing[]; caption: string }) {
  return (
    <table className="listing">
      <caption className="visually-hidden">{caption}</caption>
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
          <tr key={draft.id} data-testid="draft-row">
            <td>
              <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
            </td>
            <td>
              {draft.basedOn?.kind === 'draft' ? (
                <>draft “{draft.basedOn.label}”</>
              ) : draft.basedOn ? (
                draft.basedOn.label
              ) : (
                <span className="muted">blank</span>
              )}
            </td>
            <td>{formatUpdated(draft.updatedAt)}</td>
            <td>
              <Link href={`/drafts/${draft.id}/revisions`}>Revisions</Link> · <a href={`/api/drafts/${draft.id}/export`}>.docx</a> ·{' '}
              <PdfLink href={`/api/drafts/${draft.id}/export?format=pdf`}>PDF</PdfLink>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
