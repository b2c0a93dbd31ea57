'use client';

import { useTranslations } from 'next-intl';
import { useSilenceList } from './silence-store';
import { useFormatZonedTime } from './use-format-zoned-time';

/** Under a paragraph: under silence until when, or how the last procedure on it ended. */
export function ParagraphSilence({ draftId, paragraphId }: { draftId: string; paragraphId: string }) {
  const t = useTranslations('silence');
  const list = useSilenceList(draftId);
  const formatZonedTime = useFormatZonedTime();
  const procedure = list?.procedures.find((entry) => entry.state !== 'cancelled' && entry.paragraphIds.includes(paragraphId));
  if (!list || !procedure) return null;
  const deadline = new Date(procedure.deadline);
  const time = formatZonedTime(deadline, list.timeZone, procedure.state === 'running' ? new Date() : deadline);
  if (procedure.state === 'running') {
    return (
      <p className="silence-paragraph silence-running" data-testid="paragraph-silence">
        {t('paragraphRunning', { time })}
      </p>
    );
  }
  if (procedure.state === 'adopted') {
    return (
      <p className="silence-paragraph" data-testid="paragraph-silence">
        {t('paragraphAdopted', { time })}
      </p>
    );
  }
  return (
    <p className="silence-paragraph" data-testid="paragraph-silence">
      {t('paragraphBroken', { codes: procedure.breaks.map((entry) => entry.delegationCode).join(', ') })}
    </p>
  );
}
