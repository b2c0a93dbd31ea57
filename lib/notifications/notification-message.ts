/**
 * A notification's title as a message under notificationKinds and its values. It is stored beside the English title
 * (messageKey, params as JSON), so each reader gets the title in their own language from the values themselves.
 */
export type NotificationMessageKey =
  | 'proposalCreated'
  | 'proposalDecided'
  | 'revisionIssued'
  | 'mention'
  | 'commentCreated'
  | 'deadlineApproaching'
  | 'silenceStarted'
  | 'silenceBroken'
  | 'silenceAdopted';

export interface NotificationMessage {
  key: NotificationMessageKey;
  /** Document references (paragraph labels, draft titles) and delegation names, never translated. */
  values: Record<string, string>;
}

const messageKeys: ReadonlySet<string> = new Set<NotificationMessageKey>([
  'proposalCreated',
  'proposalDecided',
  'revisionIssued',
  'mention',
  'commentCreated',
  'deadlineApproaching',
  'silenceStarted',
  'silenceBroken',
  'silenceAdopted',
]);

/** The params column's text for a message's values. */
export function writeNotificationParams(message: NotificationMessage): string {
  return JSON.stringify(message.values);
}

/** The stored message, or null for a row written before messages were stored, or one whose columns do not read. */
export function readNotificationMessage(messageKey: string | null, params: string | null): NotificationMessage | null {
  if (!messageKey || params === null || !messageKeys.has(messageKey)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(params);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === 'string')) return null;
  return { key: messageKey as NotificationMessageKey, values: Object.fromEntries(entries) as Record<string, string> };
}
