import type * as Y from 'yjs';
import { deriveAuditEntries, type AuditActor, type AuditEntry, type AuditEventInput } from './audit-events';

export interface AuditRecorder {
  /** Adds a row the server decided on itself (not derived from one transaction), in order with the others. */
  record(entry: AuditEntry): void;
  destroy(): void;
}

export interface AuditRecorderOptions {
  draftId: string;
  /** Takes the rows as they are derived; the room writes them in the same log batch as the change they describe. */
  onEvents: (events: AuditEventInput[]) => void;
  /** The authenticated identity behind a transaction origin, or null for the server's own changes. */
  readActor: (origin: unknown) => AuditActor | null;
  log: (message: string) => void;
}

/**
 * Derives audit rows from what each transaction applied to the room's document,
 * in the order they happened, with strictly increasing timestamps, so sorting
 * by time reproduces the sequence even within one millisecond.
 */
export function attachAuditRecorder(doc: Y.Doc, options: AuditRecorderOptions): AuditRecorder {
  let lastTime = 0;
  const stamp = (entry: AuditEntry): AuditEventInput => {
    lastTime = Math.max(Date.now(), lastTime + 1);
    return { ...entry, draftId: options.draftId, createdAt: new Date(lastTime) };
  };
  const onTransaction = (transaction: Y.Transaction) => {
    const actor = options.readActor(transaction.origin);
    if (!actor) return;
    let entries: ReturnType<typeof deriveAuditEntries>;
    try {
      entries = deriveAuditEntries(doc, transaction, actor);
    } catch (error) {
      // Throwing here would abort Yjs's own after-transaction work (broadcast, saving) for everyone.
      options.log(`draft ${options.draftId}: audit could not read a change: ${(error as Error).message}`);
      return;
    }
    if (entries.length > 0) options.onEvents(entries.map(stamp));
  };
  doc.on('afterTransaction', onTransaction);
  return {
    record: (entry) => options.onEvents([stamp(entry)]),
    destroy: () => doc.off('afterTransaction', onTransaction),
  };
}
