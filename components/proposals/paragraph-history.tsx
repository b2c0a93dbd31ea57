'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { readChairEditDetail } from '@/lib/attribution/chair-edit';
import { readChangedWords } from '@/lib/attribution/read-changed-words';
import { formatDateTime, pickFormatLocale } from './proposal-text';
import type { ChairEditNote } from './word-attribution';

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
  names: ReadonlyMap<string, string>;
}

/** The translator of the `paragraphHistory` namespace (`createTranslator` in tests). */
export type TranslateHistory = ReturnType<typeof useTranslations<'paragraphHistory'>>;

function readText(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

/** "edited the paragraph directly: inserted “all”; deleted “remain”". */
function describeChairEdit(detail: Record<string, unknown>, t: TranslateHistory): string {
  const edit = readChairEditDetail(detail);
  if (!edit) return t('chairEdit');
  const { inserted, deleted } = readChangedWords(edit.before, edit.after);
  const quote = (runs: string[]) => runs.map((run) => t('quote', { text: run })).join(t('listSeparator'));
  const parts = [
    ...(inserted.length ? [t('inserted', { words: quote(inserted) })] : []),
    ...(deleted.length ? [t('deleted', { words: quote(deleted) })] : []),
  ];
  return parts.length ? t('chairEditChanges', { changes: parts.join(t('changeSeparator')) }) : t('chairEdit');
}

/** The chair edits in the history route's answer, for word attribution: which Yjs ids each typed, when and by whom. */
export function readChairEditNotes(body: unknown): ChairEditNote[] {
  const list = body && typeof body === 'object' ? (body as Record<string, unknown>).history : null;
  if (!Array.isArray(list)) return [];
  const notes: ChairEditNote[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object' || (item as Record<string, unknown>).action !== 'paragraph.chair-edit') continue;
    const record = item as Record<string, unknown>;
    const edit = readChairEditDetail(record.detail);
    if (edit) notes.push({ items: edit.items, createdAt: readText(record, 'createdAt'), actorName: readText(record, 'actorName') });
  }
  return notes;
}

/** The audit action in words: "proposed an amendment", "supported Colombia's proposal", "accepted …". */
export function describeHistoryAction(
  action: string,
  detail: Record<string, unknown>,
  names: ReadonlyMap<string, string>,
  t: TranslateHistory,
): string {
  const proposer = readText(detail, 'proposer');
  const whose = proposer ? t('whose', { name: names.get(proposer) ?? proposer }) : t('aProposal');
  const kind = readText(detail, 'kind');
  // Quoted words are the document's or a delegate's own, never translated.
  const quoting = (words: string, text: string) => (text ? t('withQuote', { action: words, text }) : words);
  switch (action) {
    case 'proposal.create':
      return quoting(t('proposed', { kind }), readText(detail, 'text'));
    case 'proposal.update': {
      const version = typeof detail.version === 'number' ? detail.version : 0;
      const words = version ? t('wroteVersion', { version: String(version), whose }) : t('wroteNewVersion', { whose });
      return quoting(words, readText(detail, 'text'));
    }
    case 'proposal.table': {
      const drafter =
        detail.draftedBy && typeof detail.draftedBy === 'object' ? readText(detail.draftedBy as Record<string, unknown>, 'name') : '';
      return drafter ? t('tabledBy', { kind, drafter }) : t('tabled', { kind });
    }
    case 'proposal.support':
      return t('supported', { whose });
    case 'proposal.object':
      return t('objected', { whose });
    case 'proposal.clear':
      return t('cleared', { whose });
    case 'proposal.withdraw':
      return t('withdrew', { whose });
    case 'proposal.accept': {
      const note = readText(detail, 'bracketNote');
      return note ? t('acceptedWithNote', { whose, note }) : t('accepted', { whose });
    }
    case 'proposal.reject':
      return t('rejected', { whose });
    case 'paragraph.bracket':
      return t('bracketed');
    case 'paragraph.chair-edit':
      return describeChairEdit(detail, t);
    case 'comment.create':
      return quoting(t('commented'), readText(detail, 'body'));
    case 'comment.reply':
      return quoting(t('replied'), readText(detail, 'body'));
    case 'comment.resolve':
      return t('resolved');
    case 'comment.reopen':
      return t('reopened');
    case 'silence.start':
      return t('silenceStarted', { deadline: readText(detail, 'deadline') });
    case 'silence.break':
      return quoting(t('silenceBrokeBy'), readText(detail, 'statement'));
    case 'silence.adopted':
      // The server writes the record of the decision itself; it is quoted as recorded.
      return readText(detail, 'record') || t('silenceAdopted');
    case 'silence.broken':
      return t('silenceBroken');
    case 'silence.cancel':
      return t('silenceCancelled');
    default:
      return action;
  }
}

/** The history route's `{ history: [...] }`, tolerant of missing fields. */
export function readHistoryEntries(body: unknown, names: ReadonlyMap<string, string>, t: TranslateHistory): HistoryEntry[] {
  const list = body && typeof body === 'object' ? (body as Record<string, unknown>).history : null;
  if (!Array.isArray(list)) return [];
  return list
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .filter((item) => item.action !== 'draft.mode')
    .map((item) => {
      const detail = item.detail && typeof item.detail === 'object' ? (item.detail as Record<string, unknown>) : {};
      const action = readText(item, 'action');
      return {
        // A direct edit in negotiation is the Chair's, whatever the site named its chair delegation.
        delegation: action === 'paragraph.chair-edit' ? t('chair') : readText(item, 'delegationName') || readText(item, 'delegation'),
        person: readText(item, 'actorName'),
        action: describeHistoryAction(action, detail, names, t),
        time: readText(item, 'createdAt'),
      };
    });
}

/** Reloads after a change: the audit is written just after it, and the chair's typing once it pauses (2 s). */
const refreshDelaysMs = [1_500, 4_000];

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; entries: HistoryEntry[] };

/** The paragraph's timeline from the server's audit, loaded when opened and again whenever its proposals change. */
export function ParagraphHistory({ draftId, paragraphId, label, version, names }: ParagraphHistoryProps) {
  const t = useTranslations('proposals.history');
  const tEntries = useTranslations('paragraphHistory');
  const tEntriesRef = useRef(tEntries);
  tEntriesRef.current = tEntries;
  const formatLocale = pickFormatLocale(useLocale());
  const serverAnswered = (status: number) => t('serverAnswered', { status: String(status) });
  const serverAnsweredRef = useRef(serverAnswered);
  serverAnsweredRef.current = serverAnswered;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  // Names only dress up the entries; a new map must not reload the history.
  const namesRef = useRef(names);
  namesRef.current = names;

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the signal to reload (the paragraph changed); names come through the ref.
  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setLoaded((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    const url = `/api/drafts/${encodeURIComponent(draftId)}/history?paragraph=${encodeURIComponent(paragraphId)}`;
    const load = () =>
      fetch(url, { signal: controller.signal, cache: 'no-store', credentials: 'same-origin' })
        .then(async (response) => {
          const body: unknown = await response.json().catch(() => null);
          if (!response.ok) {
            const message =
              body && typeof body === 'object' && 'error' in body ? String(body.error) : serverAnsweredRef.current(response.status);
            setLoaded({ state: 'failed', message });
            return;
          }
          setLoaded({ state: 'ready', entries: readHistoryEntries(body, namesRef.current, tEntriesRef.current) });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        });
    void load();
    // The server writes its audit just after it applies a change, so a change seen here may not be recorded yet.
    const again = refreshDelaysMs.map((delay) => setTimeout(() => void load(), delay));
    return () => {
      for (const timer of again) clearTimeout(timer);
      controller.abort();
    };
  }, [open, draftId, paragraphId, version]);

  return (
    <details className="proposal-history" data-testid="paragraph-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={t('of', { label })}>{t('summary')}</summary>
      {loaded.state === 'loading' && <p className="muted">{t('loading')}</p>}
      {loaded.state === 'failed' && <p className="error">{t('failed', { message: loaded.message })}</p>}
      {loaded.state === 'ready' &&
        (loaded.entries.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <ol className="proposal-history-list" aria-label={t('of', { label })}>
            {loaded.entries.map((entry, index) => (
              <li key={index} data-testid="history-entry">
                <time dateTime={entry.time}>{formatDateTime(entry.time, formatLocale)}</time> <strong>{entry.delegation}</strong>
                {entry.person ? ` (${entry.person})` : ''} {entry.action}
              </li>
            ))}
          </ol>
        ))}
    </details>
  );
}
