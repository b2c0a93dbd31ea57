import { useTranslations } from 'next-intl';
import type { DraftProgress } from '@/lib/progress';
import { ContestedList } from './contested-list';
import { DelegationFatesChart, StatusChart, TimelineChart } from './progress-charts';
import './progress.css';

/** A draft's progress at a glance: status bar, brackets over time, the most contested paragraphs, proposals' fates. */
export function DraftProgressView({ draftId, title, progress }: { draftId: string; title: string; progress: DraftProgress }) {
  const t = useTranslations('progress');
  return (
    <main className="progress-page" data-testid="draft-progress">
      <h1>{t('heading', { title })}</h1>
      <p className="muted">{t('draftIntro', { total: progress.status.total })}</p>
      <StatusChart rows={[{ name: title, ...progress.status }]} title={t('statusTitle')} reportTitle={title} caption={t('statusCaption')} />
      <TimelineChart points={progress.timeline} reportTitle={title} />
      <ContestedList draftId={draftId} paragraphs={progress.contested} />
      <DelegationFatesChart rows={progress.delegations} reportTitle={title} />
    </main>
  );
}
