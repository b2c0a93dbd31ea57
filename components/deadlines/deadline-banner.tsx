'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { can, isRole } from '@/lib/auth/permissions';
import { type DraftDeadline, formatParagraphName, isDeadlineClosed } from '@/lib/deadlines/proposal-deadline';
import { formatWallClockInput } from '@/lib/deadlines/zoned-time';
import type { DraftRoomUser } from '@/components/draft/draft-permissions';
import type { DraftView } from '@/components/draft/draft-view-store';
import { readRefusal, useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { DeadlineText } from './deadline-text';
import { useDraftDeadlines, useNow } from './use-draft-deadlines';

type Translate = ReturnType<typeof useTranslations<'deadlines'>>;
type DescribeRefusal = ReturnType<typeof useDescribeRefusal>;

function nameParagraph(t: Translate, label: string | undefined): string {
  return label === undefined ? t('goneParagraph') : formatParagraphName(label.replace(/\.$/, ''));
}

/** What went wrong, in the person's language (the server's refusal by its reason), or null when the request went through. */
async function send(t: Translate, describe: DescribeRefusal, url: string, method: string, body: unknown): Promise<string | null> {
  const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(
    () => null,
  );
  if (!response) return t('unreachable');
  if (response.ok) return null;
  const refusal = await readRefusal(response);
  return describe(refusal);
}

/** The draft's deadline above the text, and the facilitator's controls for every deadline of the draft. */
export function DeadlineBanner({ draftId, user, view }: { draftId: string; user: DraftRoomUser; view: DraftView }) {
  const t = useTranslations('deadlines');
  const { state, refresh } = useDraftDeadlines(draftId);
  const now = useNow();
  const manages = isRole(user.role) && can(user.role, 'deadline:set');
  if (!state) return null;
  const whole = state.deadlines.find((deadline) => deadline.paragraphId === '');
  const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));
  if (!whole && !manages) return null;
  return (
    <section aria-label={t('bannerLabel')} data-testid="deadline-banner">
      {whole && (
        <p
          role="status"
          className={`draft-banner ${isDeadlineClosed(whole, now) ? 'draft-failure' : 'draft-notice'}`}
          data-testid="draft-deadline"
          data-closed={isDeadlineClosed(whole, now)}
        >
          <DeadlineText deadline={whole} timeZone={state.timeZone} now={now} where={t('thisDraft')} />
        </p>
      )}
      {manages && (
        <DeadlineControls
          draftId={draftId}
          timeZone={state.timeZone}
          deadlines={state.deadlines}
          paragraphs={view.paragraphs.map((paragraph) => ({ id: paragraph.id, label: paragraph.label }))}
          labels={labels}
          now={now}
          onChanged={refresh}
        />
      )}
    </section>
  );
}

interface ControlsProps {
  draftId: string;
  timeZone: string;
  deadlines: DraftDeadline[];
  paragraphs: { id: string; label: string }[];
  labels: Map<string, string>;
  now: number;
  onChanged(): void;
}

function DeadlineControls({ draftId, timeZone, deadlines, paragraphs, labels, now, onChanged }: ControlsProps) {
  const t = useTranslations('deadlines');
  const describe = useDescribeRefusal();
  const [paragraphId, setParagraphId] = useState('');
  const [closesAt, setClosesAt] = useState(() => formatWallClockInput(new Date(Date.now() + 60 * 60_000), timeZone));
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = `/api/drafts/${draftId}/deadlines`;

  const act = async (request: () => Promise<string | null>, done: string) => {
    setBusy(true);
    const error = await request();
    setBusy(false);
    setMessage(error ?? done);
    if (!error) onChanged();
  };

  return (
    <details className="draft-banner" data-testid="deadline-controls">
      <summary>{t('setDeadline')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => send(t, describe, url, 'PUT', { paragraphId, closesAt, note }), t('deadlineSet'));
        }}
      >
        <label>
          {t('for')}{' '}
          <select value={paragraphId} onChange={(event) => setParagraphId(event.target.value)} data-testid="deadline-paragraph">
            <option value="">{t('wholeDraft')}</option>
            {paragraphs.map((paragraph) => (
              <option key={paragraph.id} value={paragraph.id}>
                {nameParagraph(t, paragraph.label)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('closesAt', { timeZone })}{' '}
          <input
            type="datetime-local"
            required
            value={closesAt}
            onChange={(event) => setClosesAt(event.target.value)}
            data-testid="deadline-time"
          />
        </label>{' '}
        <label>
          {t('note')}{' '}
          <input
            value={note}
            maxLength={500}
            placeholder={t('notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
            data-testid="deadline-note"
          />
        </label>{' '}
        <button type="submit" className="draft-tool" disabled={busy}>
          {t('set')}
        </button>
      </form>
      {deadlines.length > 0 && (
        <ul data-testid="deadline-list">
          {deadlines.map((deadline) => {
            const where = deadline.paragraphId === '' ? t('wholeDraft') : nameParagraph(t, labels.get(deadline.paragraphId));
            const body = { paragraphId: deadline.paragraphId };
            return (
              <li key={deadline.id}>
                {where}: <DeadlineText deadline={deadline} timeZone={timeZone} now={now} where={where} />{' '}
                {isDeadlineClosed(deadline, now) && (
                  <button
                    type="button"
                    className="draft-tool"
                    disabled={busy}
                    onClick={() => void act(() => send(t, describe, `${url}/reopen`, 'POST', body), t('reopened'))}
                  >
                    {t('reopen')}
                  </button>
                )}{' '}
                <button
                  type="button"
                  className="draft-tool"
                  disabled={busy}
                  onClick={() => void act(() => send(t, describe, url, 'DELETE', body), t('cleared'))}
                >
                  {t('clear')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {message && (
        <p role="status" data-testid="deadline-message">
          {message}
        </p>
      )}
    </details>
  );
}
