import type { DraftProgress } from '@/lib/progress';
import { ContestedList } from './contested-list';
import { DelegationFatesChart, StatusChart, TimelineChart } from './progress-charts';
import './progress.css';

/** A draft's progress at a glance: status bar, brackets over time, the most contested paragraphs, proposals' fates. */
export function DraftProgressView({ draftId, title, progress }: { draftId: string; title: string; progress: DraftProgress }) {
  return (
    <main className="progress-page" data-testid="draft-progress">
      <h1>Progress: {title}</h1>
      <p className="muted">
        From the text as last saved and the revisions as issued; reload for the latest. {progress.status.total} paragraphs.
      </p>
      <StatusChart
        rows={[{ name: title, ...progress.status }]}
        title="Paragraphs by status"
        reportTitle={title}
        caption="Paragraphs by status in the text as it stands now"
      />
      <TimelineChart points={progress.timeline} reportTitle={title} />
      <ContestedList draftId={draftId} paragraphs={progress.contested} />
      <DelegationFatesChart rows={progress.delegations} reportTitle={title} />
    </main>
  );
}
