'use client';

import { useTranslations } from 'next-intl';
import { findClosingDeadline, formatParagraphName } from '@/lib/deadlines/proposal-deadline';
import { useFormatDeadlineTime } from './use-format-deadline-time';
import { useDraftDeadlines, useNow } from './use-draft-deadlines';

/** Told in the composer before anyone types: the realtime server would refuse the proposal (it decides regardless). */
export function ProposalsClosedNote({ draftId, paragraphId, label }: { draftId: string; paragraphId: string; label: string }) {
  const t = useTranslations('deadlines');
  const formatDeadlineTime = useFormatDeadlineTime();
  const { state } = useDraftDeadlines(draftId);
  const now = useNow();
  const closing = state ? findClosingDeadline(state.deadlines, paragraphId, now) : null;
  if (!state || !closing) return null;
  return (
    <p role="alert" className="draft-notice" data-testid="proposals-closed">
      <strong>{t('proposalsClosed')}</strong>{' '}
      {t('closedProposals', {
        where: closing.paragraphId === '' ? t('thisDraft') : formatParagraphName(label.replace(/\.$/, '')),
        time: formatDeadlineTime(closing.closesAt, state.timeZone),
      })}
    </p>
  );
}
