'use client';

import { useState } from 'react';
import type { TracedRun, WordSource } from '@/lib/attribution/trace-words';
import './revisions.css';

interface TracedParagraphProps {
  label: string;
  runs: TracedRun[];
  /** Delegation names by code. */
  names: Record<string, string>;
}

function formatWhen(at: string): string {
  return `${at.slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Introduced by United States' proposal, accepted 2026-11-26 10:42 UTC", "Introduced by the Chair's direct edit, …". */
export function describeSource(source: WordSource, names: Record<string, string>): string {
  switch (source.kind) {
    case 'base':
      return 'In the base text';
    case 'chair':
      return `Introduced by the Chair's direct edit, ${formatWhen(source.at)}`;
    case 'proposal':
      return `Introduced by ${names[source.delegation] ?? source.delegation}'s proposal, accepted by the facilitator ${formatWhen(source.at)}`;
  }
}

/**
 * A revision paragraph's words, each run a button that says who introduced it
 * and by which decision: reachable with Tab, and the answer is announced.
 */
export function TracedParagraph({ label, runs, names }: TracedParagraphProps) {
  const [note, setNote] = useState('');
  return (
    <details className="revision-trace" data-testid="revision-trace">
      <summary>Who wrote {label}</summary>
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
              title={describeSource(run.source, names)}
              onClick={() => setNote(`“${run.text.trim()}”: ${describeSource(run.source, names)}`)}
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
