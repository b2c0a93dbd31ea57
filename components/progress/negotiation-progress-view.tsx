import Link from 'next/link';
import type { NegotiationProgress } from '@/lib/progress';
import { DelegationFatesChart, StatusChart } from './progress-charts';
import './progress.css';

/** A negotiation's drafts summed: each draft's bar and their sum, brackets now, and each delegation's proposals. */
export function NegotiationProgressView({ title, progress }: { title: string; progress: NegotiationProgress }) {
  const rows = [
    ...progress.drafts.map((draft) => ({ name: draft.title, ...draft.status })),
    ...(progress.drafts.length > 1 ? [{ name: 'All drafts', ...progress.status }] : []),
  ];
  return (
    <main className="progress-page" data-testid="negotiation-progress">
      <h1>Progress: {title}</h1>
      <p className="muted">
        {progress.drafts.length === 1 ? '1 draft' : `${progress.drafts.length} drafts`}, {progress.status.total} paragraphs; archived drafts
        are left out.
      </p>
      {progress.drafts.length === 0 ? (
        <p>No drafts yet.</p>
      ) : (
        <>
          <StatusChart
            rows={rows}
            title="Paragraphs by status, per draft"
            reportTitle={title}
            caption="Paragraphs by status in each draft and in all"
          />
          <section className="card" aria-labelledby="progress-drafts-heading">
            <h2 id="progress-drafts-heading">Each draft now</h2>
            <table className="listing" data-testid="progress-drafts-table">
              <caption>Bracket pairs and open alternatives in each draft's text now</caption>
              <thead>
                <tr>
                  <th scope="col">Draft</th>
                  <th scope="col">Paragraphs</th>
                  <th scope="col">Bracket pairs</th>
                  <th scope="col">Alternative paragraphs</th>
                </tr>
              </thead>
              <tbody>
                {progress.drafts.map((draft) => (
                  <tr key={draft.draftId}>
                    <th scope="row">
                      <Link href={`/drafts/${encodeURIComponent(draft.draftId)}/progress`}>{draft.title}</Link>
                    </th>
                    <td>{draft.status.total}</td>
                    <td>{draft.brackets}</td>
                    <td>{draft.alternatives}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <DelegationFatesChart rows={progress.delegations} reportTitle={title} />
        </>
      )}
    </main>
  );
}
