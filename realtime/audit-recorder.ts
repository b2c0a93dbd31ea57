import type * as Y from 'yjs';
import { deriveAuditEntries, type AuditActor, type AuditEntry, type AuditEventInput } from './audit-events';

export interface AuditSink {
  appendAuditEvents(events: AuditEventInput[]): Promise<void>;
}

export interface AuditRecorder {
  /** Adds a row the server decided on itself (not derived from one transaction), in order with the others. */
  record(entry: AuditEntry): void;
  /** Resolves once every entry derived so far is written (or the write failed and was logged). */
  flush(): Promise<void>;
  destroy(): void;
}

export interface AuditRecorderOptions {
  draftId: string;
  sink: AuditSink | null;
  /** The authenticated identity behind a transaction origin, or null for the server's own changes. */
  readActor: (origin: unknown) => AuditActor | null;
  log: (message: string) => void;
}

/**
 * Writes audit rows for what each transaction applied to the room's document.
 * Rows are written in the order they happened, with strictly increasing
 * timestamps, so sorting by time reproduces the sequence even within one
 * millisecond. A failed write is kept and retried with the next one.
 */
export function attachAuditRecorder(doc: Y.Doc, options: AuditRecorderOptions): AuditRecorder {
  const { sink } = options;
  let pending: AuditEventInput[] = [];
  let chain: Promise<void> = Promise.resolve();
  let lastTime = 0;

  const write = () => {
    chain = chain.then(async () => {
      if (!sink || pending.length === 0) return;
      const batch = pending;
      pending = [];
      try {
        await sink.appendAuditEvents(batch);
      } catch (error) {
        pending = batch.concat(pending);
        options.log(`draft ${options.draftId}: audit write failed: ${(error as Error).message}`);
      }
    });
    return chain;
  };

  const onTransaction = (transaction: Y.Transaction) => {
    const actor = options.readActor(transaction.origin);
    if (!actor || !sink) return;
    let entries: ReturnType<typeof deriveAuditEntries>;
    try {
      entries = deriveAuditEntries(doc, transaction, actor);
    } catch (error) {
      // Throwing here would abort Yjs's own after-transaction work (broadcast, saving) for everyone.
      options.log(`draft ${options.draftId}: audit could not read a change: ${(error as Error).message}`);
      return;
    }
    if (entries.length === 0) return;
    for (const entry of entries) push(entry);
    void write();
  };
  const push = (entry: AuditEntry) => {
    lastTime = Math.max(Date.now(), lastTime + 1);
    pending.push({ ...entry, draftId: options.draftId, createdAt: new Date(lastTime) });
  };
  doc.on('afterTransaction', onTransaction);
  return {
    record(entry) {
      if (!sink) return;
      push(entry);
      void write();
    },
    flush: write,
    destroy: () => doc.off('afterTransaction', onTransaction),
  };
}
