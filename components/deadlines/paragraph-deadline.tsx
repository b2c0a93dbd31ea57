'use client';

import { type DraftDeadline, formatParagraphName, isDeadlineClosed } from '@/lib/deadlines/proposal-deadline';
import { DeadlineText } from './deadline-text';
import { useDraftDeadlines, useNow } from './use-draft-deadlines';

/** A paragraph's own deadline, under it (nothing, and no clock, for a paragraph without one). */
export function ParagraphDeadline({ draftId, paragraphId, label }: { draftId: string; paragraphId: string; label: string }) {
  const { state } = useDraftDeadlines(draftId);
  const deadline = state?.deadlines.find((candidate) => candidate.paragraphId === paragraphId);
  if (!state || !deadline) return null;
  return <ParagraphDeadlineLine deadline={deadline} timeZone={state.timeZone} label={label} />;
}

function ParagraphDeadlineLine({ deadline, timeZone, label }: { deadline: DraftDeadline; timeZone: string; label: string }) {
  const now = useNow();
  return (
    <p className="draft-notice" data-testid="paragraph-deadline" data-closed={isDeadlineClosed(deadline, now)}>
      <DeadlineText deadline={deadline} timeZone={timeZone} now={now} where={formatParagraphName(label.replace(/\.$/, ''))} />
    </p>
  );
}
