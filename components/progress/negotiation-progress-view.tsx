import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { NegotiationProgress } from '@/lib/progress';
import { DelegationFatesChart, StatusChart } from './progress-charts';
import './progress.css';

/** A negotiation's drafts summed: each draft's bar and their sum, brackets now, and each delegation's proposals. */
export function NegotiationProgressView({ title, progress }: { title: string; progress: NegotiationProgress }) {
  const t = useTranslations('progress');
  const rows = [
    ...progress.drafts.map((draft) => ({ name: draft.title, ...draft.status })),
    ...(progress.drafts.length > 1 ? [{ name: t('allDrafts'), ...progress.status }] : []),
  ];
  return (
    <main className="progress-page" data-testid="negotiation-progress">
      <h1>{t('heading', { title })}</h1>
      <p className="muted">{t('negotiationIntro', { drafts: progress.drafts.length, total: progress.status.total })}</p>
      {progress.drafts.length === 0 ? (
        <p>{t('noDrafts')}</p>
      ) : (
        <>
          <StatusChart rows={rows} title={t('statusPerDraftTitle')} reportTitle={title} caption={t('statusPerDraftCaption')} />
          <section className="card" aria-labelledby="progress-drafts-heading">
            <h2 id="progress-drafts-heading">{t('eachDraftTitle')}</h2>
            <table className="listing" data-testid="progress-drafts-table">
              <caption>{t('eachDraftCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('draft')}</th>
                  <th scope="col">{t('paragraphs')}</th>
                  <th scope="col">{t('seriesBrackets')}</th>
                  <th scope="col">{t('seriesAlternatives')}</th>
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
