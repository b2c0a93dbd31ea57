'use client';

import { formatParagraphName, isDeadlineClosed } from '@/lib/deadlines/proposal-deadline';
import { DeadlineText } from './deadline-text';
import { useDraftDeadlines, useNow } from './use-draft-deadlines';

/** A paragraph's own deadline, under it. */
export function ParagraphDeadline({ draftId, paragraphId, label }: { draftId: string; paragraphId: string; label: string }) {
  const { state } = useDraftDeadlines(draftId);
  const now = useNow();
  const deadline = state?.deadlines.find((candidate) => candidate.paragraphId === paragraphId);
  if (!state || !deadline) return null;
  return (
    <p className="draft-notice" data-testid="paragraph-deadline" data-closed={isDeadlineClosed(deadline, now)}>
      <DeadlineText deadline={deadline} timeZone={state.timeZone} now={now} where={formatParagraphName(label.replace(/\.$/, ''))} />
    </p>
  );
}
