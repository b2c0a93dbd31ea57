'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TracedRun, WordSource } from '@/lib/attribution/trace-words';
import './revisions.css';

interface TracedParagraphProps {
  label: string;
  runs: TracedRun[];
  /** Delegation names by code. */
  names: Record<string, string>;
}

type RevisionsTranslate = ReturnType<typeof useTranslations<'revisions'>>;

/** "Introduced by United States' proposal, accepted …", "Introduced by the Chair's direct edit, …". */
function describeSource(
  source: WordSource,
  names: Record<string, string>,
  t: RevisionsTranslate,
  formatWhen: (at: string) => string,
): string {
  switch (source.kind) {
    case 'base':
      return t('sourceBase');
    case 'chair':
      return t('sourceChair', { time: formatWhen(source.at) });
    case 'proposal':
      return t('sourceProposal', { delegation: names[source.delegation] ?? source.delegation, time: formatWhen(source.at) });
  }
}

/**
 * A revision paragraph's words, each run a button that says who introduced it
 * and by which decision: reachable with Tab, and the answer is announced.
 */
export function TracedParagraph({ label, runs, names }: TracedParagraphProps) {
  const t = useTranslations('revisions');
  const format = useFormatter();
  const formatWhen = (at: string) => format.dateTime(new Date(at), 'stamp');
  const [note, setNote] = useState('');
  return (
    <details className="revision-trace" data-testid="revision-trace">
      <summary>{t('whoWrote', { label })}</summary>
      <p>
        {runs.map((run, index) =>
          run.text.trim() === '' ? (
            run.text
          ) : (
            <button
              key={index}
              type="button"
              className={`trace-run trace-${run.source.kind}`}
              data-testid="trace-run"
              title={describeSource(run.source, names, t, formatWhen)}
              onClick={() => setNote(t('traceNote', { words: run.text.trim(), source: describeSource(run.source, names, t, formatWhen) }))}
            >
              {run.text}
            </button>
          ),
        )}
      </p>
      <p className="muted" aria-live="polite" data-testid="trace-note">
        {note}
      </p>
    </details>
  );
}
