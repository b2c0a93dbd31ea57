'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ParagraphView } from '@/components/draft/draft-view-store';
import { readRefusal, useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { labelSilencedParagraphs } from '@/lib/silence/label-silenced-paragraphs';
import { formatWallClockInput, parseZonedDateTime } from '@/lib/deadlines/zoned-time';

interface StartSilenceFormProps {
  draftId: string;
  paragraphs: ParagraphView[];
  timeZone: string;
  onStarted: () => void;
}

/** The facilitator places chosen paragraphs, or the latest revision's, under silence until a time in the negotiation's zone. */
export function StartSilenceForm({ draftId, paragraphs, timeZone, onStarted }: StartSilenceFormProps) {
  const t = useTranslations('silence');
  const locale = useLocale();
  const describe = useDescribeRefusal();
  const [scope, setScope] = useState<'chosen' | 'revision'>('chosen');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<'agreed-ad-ref' | 'agreed'>('agreed-ad-ref');
  const [deadline, setDeadline] = useState(() => formatWallClockInput(new Date(Date.now() + 3_600_000), timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = parseZonedDateTime(deadline, timeZone);
  const instant = parsed.ok ? parsed.at : null;

  const submit = async () => {
    if (!parsed.ok) {
      setProblem(describe({ error: parsed.reason, reason: parsed.code, params: parsed.params }));
      return;
    }
    setBusy(true);
    const selection = scope === 'revision' ? { revisionId: 'latest' } : { paragraphIds: [...chosen] };
    const response = await fetch(`/api/drafts/${draftId}/silence`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...selection, outcome, deadline: parsed.at.toISOString() }),
    });
    setBusy(false);
    if (!response.ok) {
      const refusal = await readRefusal(response);
      setProblem(describe(refusal));
      return;
    }
    setProblem(null);
    setChosen(new Set());
    onStarted();
  };

  return (
    <details className="silence-start">
      <summary>{t('start')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t('paragraphs')}</legend>
          <label>
            <input type="radio" name="silence-scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />{' '}
            {t('chosenParagraphs')}
          </label>
          <label>
            <input type="radio" name="silence-scope" checked={scope === 'revision'} onChange={() => setScope('revision')} />{' '}
            {t('revisionParagraphs')}
          </label>
          {scope === 'chosen' && (
            <div className="silence-paragraph-choices">
              {paragraphs.map((paragraph) => (
                <label key={paragraph.id}>
                  <input
                    type="checkbox"
                    checked={chosen.has(paragraph.id)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.target.checked) next.add(paragraph.id);
                      else next.delete(paragraph.id);
                      setChosen(next);
                    }}
                  />{' '}
                  {labelSilencedParagraphs(paragraphs, [paragraph.id])}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <label>
          {t('outcomeLabel')}{' '}
          <select value={outcome} onChange={(event) => setOutcome(event.target.value as 'agreed-ad-ref' | 'agreed')}>
            <option value="agreed-ad-ref">{t('agreedAdRef')}</option>
            <option value="agreed">{t('agreed')}</option>
          </select>
        </label>
        <label>
          {t('deadlineLabel', { zone: timeZone.replaceAll('_', ' ') })}{' '}
          <input type="datetime-local" step={1} value={deadline} onChange={(event) => setDeadline(event.target.value)} required />
        </label>
        {instant && <p className="muted">{t('thatIs', { time: instant.toLocaleString(locale === 'en' ? undefined : locale) })}</p>}
        {problem && (
          <p className="silence-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="draft-tool" disabled={busy || (scope === 'chosen' && chosen.size === 0)}>
          {t('start')}
        </button>
      </form>
    </details>
  );
}
