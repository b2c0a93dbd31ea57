import type { AuditEventInput } from '@/lib/audit/audit-event';
import type { DraftPersistence } from './persistence';

export type NotificationProducer = (events: readonly AuditEventInput[]) => Promise<unknown>;

/**
 * The store, with notifications told after each batch of audit rows is durable. The judge and the log write never wait
 * for them and never fail because of them: they run one after another off the write path, and a failure is logged.
 * A batch that was not written tells nobody (its change never happened).
 */
export function withNotifications(
  persistence: DraftPersistence,
  produce: NotificationProducer,
  log: (message: string) => void,
): DraftPersistence & { whenNotified(): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  return {
    ...persistence,
    async append(draftId, epoch, batch) {
      await persistence.append(draftId, epoch, batch);
      if (batch.auditEvents.length === 0) return;
      const events = batch.auditEvents;
      queue = queue.then(() =>
        produce(events).then(
          () => undefined,
          (error: Error) => log(`draft ${draftId}: notifications could not be written: ${error.message}`),
        ),
      );
    },
    whenNotified: () => queue,
  };
}
