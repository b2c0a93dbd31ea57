'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { can, isRole } from '@/lib/auth/permissions';
import { labelSilencedParagraphs } from '@/lib/silence/label-silenced-paragraphs';
import { readDateLocale } from '@/lib/deadlines/zoned-time';
import { maxStatementLength } from '@/lib/silence/silence-procedure';
import { formatCountdown } from '@/lib/silence/zoned-time';
import type { SilenceProcedureList, SilenceProcedureView } from '@/server/silence/list-silence-procedures';
import type { ParagraphView } from '@/components/draft/draft-view-store';
import { readRefusal, useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { usePolledJson } from '@/components/live/use-polled-json';
import { publishSilenceList } from './silence-store';
import { StartSilenceForm } from './start-silence-form';
import { useFormatZonedTime } from './use-format-zoned-time';
import './silence.css';

/** How far the browser's clock is from the server's, so a countdown never trusts the browser clock. */
function useServerClock(list: SilenceProcedureList | null): () => number {
  const [skew, setSkew] = useState(0);
  useEffect(() => {
    if (list) setSkew(new Date(list.now).getTime() - Date.now());
  }, [list]);
  return () => Date.now() + skew;
}

/** Ticks once a second while something counts down. */
function useSecondTick(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((value) => value + 1), 1_000);
    return () => clearInterval(timer);
  }, [active]);
}

/** Announced only as a threshold is crossed (an hour, ten minutes, a minute left), never every second. */
function describeMilestone(t: Translate, left: number): string | null {
  if (left <= 0) return t('milestoneReached');
  if (left <= 60_000) return t('milestoneMinute');
  if (left <= 600_000) return t('milestoneTenMinutes');
  if (left <= 3_600_000) return t('milestoneHour');
  return null;
}

type Translate = ReturnType<typeof useTranslations<'silence'>>;

/** Posts, and answers what went wrong in the person's language (the server's refusal by its reason), or null. */
function usePostJson(): (url: string, body: unknown) => Promise<string | null> {
  const t = useTranslations('silence');
  const describe = useDescribeRefusal();
  return async (url, body) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) return null;
    const refusal = await readRefusal(response);
    return describe(refusal);
  };
}

/** What the banner reads of the drafting room's props (the slot passes them all). */
interface SilenceBannerProps {
  draftId: string;
  user: { role: string; delegation: { name: string } };
  view: { paragraphs: ParagraphView[] };
}

export function SilenceBanner(props: SilenceBannerProps) {
  const { draftId, user, view } = props;
  const t = useTranslations('silence');
  const locale = readDateLocale(useLocale());
  const formatZonedTime = useFormatZonedTime();
  const url = `/api/drafts/${draftId}/silence`;
  const { data, error, refresh } = usePolledJson<SilenceProcedureList>(url);
  useEffect(() => {
    if (data) publishSilenceList(draftId, data);
  }, [data, draftId]);
  const role = isRole(user.role) ? user.role : null;
  const mayRun = role !== null && can(role, 'silence:run');
  const mayBreak = role !== null && can(role, 'silence:break');
  const serverNow = useServerClock(data);
  const running = data?.procedures.filter((procedure) => procedure.state === 'running') ?? [];
  useSecondTick(running.length > 0);
  // The latest procedure that ended, so everyone sees how it ended until the next one.
  const ended = data?.procedures.find((procedure) => procedure.state === 'adopted' || procedure.state === 'broken');
  const timeZone = data?.timeZone ?? 'UTC';
  const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const label = (procedure: SilenceProcedureView) =>
    labelSilencedParagraphs(view.paragraphs, procedure.paragraphIds) || t('goneParagraphs');

  const nearest = running.reduce<number | null>((least, procedure) => {
    const left = new Date(procedure.deadline).getTime() - serverNow();
    return least === null || left < least ? left : least;
  }, null);
  const milestone = nearest === null ? null : describeMilestone(t, nearest);

  return (
    <div className="silence-area" data-testid="silence-area">
      {error && <p className="silence-error">{t('listError', { error })}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {milestone ?? ''}
      </p>
      {running.map((procedure) => {
        const deadline = new Date(procedure.deadline);
        const left = deadline.getTime() - serverNow();
        return (
          <section key={procedure.id} className="draft-banner silence-banner" data-testid="silence-banner" aria-label={t('bannerLabel')}>
            <p>
              <strong>{t('bannerTitle', { paragraphs: label(procedure) })}</strong>{' '}
              {t('until', { time: formatZonedTime(deadline, timeZone) })}
              {ownZone !== timeZone && <> ({formatZonedTime(deadline, ownZone)})</>} —{' '}
              <span className="silence-countdown" data-testid="silence-countdown">
                {formatCountdown(left, locale)}
              </span>{' '}
              {t('left', { outcome: procedure.outcome === 'agreed' ? 'agreed' : 'agreed-ad-ref' })}
            </p>
            {mayBreak && left > 0 && (
              <BreakSilenceForm url={`${url}/${procedure.id}/break`} onDone={refresh} delegation={user.delegation.name} />
            )}
            {mayRun && <CancelSilenceButton url={`${url}/${procedure.id}/cancel`} onDone={refresh} />}
          </section>
        );
      })}
      {ended && running.length === 0 && <EndedProcedure procedure={ended} label={label(ended)} timeZone={timeZone} />}
      {mayRun && data && <StartSilenceForm draftId={draftId} paragraphs={view.paragraphs} timeZone={timeZone} onStarted={refresh} />}
    </div>
  );
}

function EndedProcedure({ procedure, label, timeZone }: { procedure: SilenceProcedureView; label: string; timeZone: string }) {
  const t = useTranslations('silence');
  const formatZonedTime = useFormatZonedTime();
  const deadline = new Date(procedure.deadline);
  if (procedure.state === 'adopted') {
    // The record is stored in English (describeAdoption); the same words in the person's language here.
    return (
      <p
        className="draft-banner silence-ended"
        data-testid="silence-record"
        title={t('adoptionRecord', { deadline: deadline.toISOString() })}
      >
        {t('recordAdopted', { paragraphs: label, time: formatZonedTime(deadline, timeZone, deadline) })}
      </p>
    );
  }
  return (
    <div className="draft-banner silence-ended" data-testid="silence-record">
      {procedure.breaks.map((entry) => (
        <p key={entry.delegationCode}>
          <strong>{t('brokenBy', { code: entry.delegationCode })}</strong>{' '}
          {t('brokenStatement', { paragraphs: label, statement: entry.statement })}
        </p>
      ))}
      <p className="muted">{t('stayOpen')}</p>
    </div>
  );
}

function BreakSilenceForm({ url, onDone, delegation }: { url: string; onDone: () => void; delegation: string }) {
  const t = useTranslations('silence');
  const postJson = usePostJson();
  const [statement, setStatement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="draft-tool" onClick={() => setOpen(true)}>
        {t('breakSilence')}
      </button>
    );
  }
  return (
    <form
      className="silence-break"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void postJson(url, { statement }).then((failure) => {
          setBusy(false);
          setProblem(failure);
          if (!failure) {
            setStatement('');
            setOpen(false);
          }
          onDone();
        });
      }}
    >
      <label>
        {t('statementFor', { delegation })}
        <textarea
          value={statement}
          maxLength={maxStatementLength}
          required
          rows={3}
          onChange={(event) => setStatement(event.target.value)}
        />
      </label>
      {problem && (
        <p className="silence-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="draft-tool" disabled={busy || statement.trim().length === 0}>
        {t('breakNow')}
      </button>{' '}
      <button type="button" className="draft-tool" onClick={() => setOpen(false)}>
        {t('keepSilence')}
      </button>
    </form>
  );
}

function CancelSilenceButton({ url, onDone }: { url: string; onDone: () => void }) {
  const t = useTranslations('silence');
  const postJson = usePostJson();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="draft-tool"
        onClick={() =>
          void postJson(url, {}).then((failure) => {
            setProblem(failure);
            onDone();
          })
        }
      >
        {t('cancel')}
      </button>
      {problem && (
        <p className="silence-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
