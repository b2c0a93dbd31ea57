import type * as Y from 'yjs';
import { deriveAuditEntries, type AuditActor, type AuditEntry, type AuditEventInput } from './audit-events';
import { createChairEditTracker } from './chair-edits';

export interface AuditRecorder {
  /** Adds a row the server decided on itself (not derived from one transaction), in order with the others. */
  record(entry: AuditEntry): void;
  /** Hands over the chair's edits still waiting for a pause in the typing (before a flush, a save or a shutdown). */
  flush(): void;
  destroy(): void;
}

export interface AuditRecorderOptions {
  draftId: string;
  /** Takes the rows as they are derived; the room writes them in the same log batch as the change they describe. */
  onEvents: (events: AuditEventInput[]) => void;
  /** The authenticated identity behind a transaction origin, or null for the server's own changes. */
  readActor: (origin: unknown) => AuditActor | null;
  log: (message: string) => void;
  /** A chair's burst of typing in a paragraph is one row once the typing pauses this long… */
  chairEditIdleMs?: number;
  /** …or once it has gone on this long. */
  chairEditMaxMs?: number;
}

/**
 * Derives audit rows from what each transaction applied to the room's document,
 * in the order they happened, with strictly increasing timestamps, so sorting
 * by time reproduces the sequence even within one millisecond.
 */
export function attachAuditRecorder(doc: Y.Doc, options: AuditRecorderOptions): AuditRecorder {
  const idleMs = options.chairEditIdleMs ?? 2_000;
  const maxMs = options.chairEditMaxMs ?? 20_000;
  const chairEdits = createChairEditTracker(doc);
  let lastTime = 0;
  let pendingSince = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const stamp = (entry: AuditEntry): AuditEventInput => {
    lastTime = Math.max(Date.now(), lastTime + 1);
    return { ...entry, draftId: options.draftId, createdAt: new Date(lastTime) };
  };
  const emit = (entries: AuditEntry[]) => {
    if (entries.length > 0) options.onEvents(entries.map(stamp));
  };
  /** The chair's waiting edits come first: they happened before anything recorded after them. */
  const takeChairEdits = (): AuditEntry[] => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    pendingSince = 0;
    return chairEdits.take();
  };
  const flush = () => emit(takeChairEdits());
  const onTransaction = (transaction: Y.Transaction) => {
    const actor = options.readActor(transaction.origin);
    let entries: ReturnType<typeof deriveAuditEntries> = [];
    try {
      chairEdits.observe(transaction, actor);
      if (actor) entries = deriveAuditEntries(doc, transaction, actor);
    } catch (error) {
      // Throwing here would abort Yjs's own after-transaction work (broadcast, saving) for everyone.
      options.log(`draft ${options.draftId}: audit could not read a change: ${(error as Error).message}`);
      return;
    }
    if (entries.length > 0) emit([...takeChairEdits(), ...entries]);
    if (!chairEdits.pending) return;
    const now = Date.now();
    pendingSince ||= now;
    if (now - pendingSince >= maxMs) {
      flush();
      return;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(flush, idleMs);
    idleTimer.unref?.();
  };
  doc.on('afterTransaction', onTransaction);
  return {
    record: (entry) => emit([entry]),
    flush,
    destroy: () => {
      clearTimeout(idleTimer);
      doc.off('afterTransaction', onTransaction);
    },
  };
}
