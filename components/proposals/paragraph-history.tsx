'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from './proposal-text';

export interface HistoryEntry {
  delegation: string;
  person: string;
  action: string;
  time: string;
}

interface ParagraphHistoryProps {
  draftId: string;
  paragraphId: string;
  label: string;
  /** Changes when the paragraph's proposals change; an open history then reloads. */
  version: string;
}

function readString(record: Record<string, unknown>, ...keys: string[]): string {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.length > 0) return value;
    if (typeof value === 'number') return new Date(value).toISOString();
    if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  }
  return '';
}

/** Accepts the route's answer as an array or as `{ entries }` / `{ events }`, and tolerates missing fields. */
export function readHistoryEntries(body: unknown): HistoryEntry[] {
  const list = Array.isArray(body)
    ? body
    : body && typeof body === 'object'
      ? ((body as Record<string, unknown>).entries ?? (body as Record<string, unknown>).events ?? (body as Record<string, unknown>).history)
      : null;
  if (!Array.isArray(list)) return [];
  return list
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .map((item) => ({
      delegation: readString(item, 'delegationName', 'delegation'),
      person: readString(item, 'personName', 'person', 'actorName', 'userName'),
      action: readString(item, 'description', 'summary', 'action'),
      time: readString(item, 'time', 'at', 'createdAt'),
    }));
}

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; entries: HistoryEntry[] };

/** The paragraph's timeline from the server's audit, loaded when opened and again whenever its proposals change. */
export function ParagraphHistory({ draftId, paragraphId, label, version }: ParagraphHistoryProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setLoaded((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    const url = `/api/drafts/${encodeURIComponent(draftId)}/history?paragraph=${encodeURIComponent(paragraphId)}`;
    fetch(url, { signal: controller.signal, cache: 'no-store', credentials: 'same-origin' })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => null);
        if (!response.ok) {
          const message = body && typeof body === 'object' && 'error' in body ? String(body.error) : `The server answered ${response.status}.`;
          setLoaded({ state: 'failed', message });
          return;
        }
        setLoaded({ state: 'ready', entries: readHistoryEntries(body) });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [open, draftId, paragraphId, version]);

  return (
    <details className="proposal-history" data-testid="paragraph-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={`History of ${label}`}>History</summary>
      {loaded.state === 'loading' && <p className="muted">Loading…</p>}
      {loaded.state === 'failed' && <p className="error">The history could not be loaded: {loaded.message}</p>}
      {loaded.state === 'ready' &&
        (loaded.entries.length === 0 ? (
          <p className="muted">Nothing recorded yet.</p>
        ) : (
          <ol className="proposal-history-list" aria-label={`History of ${label}`}>
            {loaded.entries.map((entry, index) => (
              <li key={index} data-testid="history-entry">
                <time dateTime={entry.time}>{formatDateTime(entry.time)}</time> <strong>{entry.delegation}</strong>
                {entry.person ? ` (${entry.person})` : ''} {entry.action}
              </li>
            ))}
          </ol>
        ))}
    </details>
  );
}
