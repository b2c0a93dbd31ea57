import type { NotificationMessage, NotificationMessageKey } from './notification-message';
import { readNotificationTitle } from './read-notification-title';

/** Says a notificationKinds message with its values (useTranslations('notificationKinds'), or createTranslator in tests). */
export type TranslateNotificationKind = (key: NotificationMessageKey, values: Record<string, string>) => string;

/** A deadline's closing time in the reader's language, in the negotiation's own time zone. */
export type FormatClosingTime = (closesAt: Date, timeZone: string) => string;

export interface DescribedNotification {
  kind: string;
  title: string;
  message: NotificationMessage | null;
}

/** The values a message is said with: a paragraph without a label is "none", a closing time is written out. */
function readMessageValues(message: NotificationMessage, formatClosingTime: FormatClosingTime): Record<string, string> | null {
  const values = { ...message.values };
  if (values.paragraph === '') values.paragraph = 'none';
  if (message.key === 'deadlineApproaching') {
    const closesAt = new Date(values.closesAt ?? '');
    if (Number.isNaN(closesAt.getTime()) || !values.timeZone) return null;
    values.when = formatClosingTime(closesAt, values.timeZone);
  }
  return values;
}

/**
 * A notification's title in the reader's language: from its stored message, or for rows written before messages
 * were stored, from the values its English title is read back into; otherwise the stored title as it is.
 */
export function describeNotificationTitle(
  item: DescribedNotification,
  translate: TranslateNotificationKind,
  formatClosingTime: FormatClosingTime,
): string {
  const message = item.message ?? readNotificationTitle(item.kind, item.title);
  const values = message ? readMessageValues(message, formatClosingTime) : null;
  if (!message || !values) return item.title;
  try {
    return translate(message.key, values);
  } catch {
    // A message whose values do not fit (a row written by another version) still shows its stored sentence.
    return item.title;
  }
}
