import type { NotificationMessage } from './notification-message';

/** Says a notificationKinds.bodies message ("bodies.revisionIssued") with its values. */
export type TranslateNotificationBody = (key: 'bodies.revisionIssued' | 'bodies.silenceStarted', values: Record<string, string>) => string;

export interface DescribedNotificationBody {
  /** The English line stored for scripts; a comment's excerpt or a draft's title is shown as stored. */
  body: string;
  message: NotificationMessage | null;
}

/**
 * The line under a notification's title in the reader's language. Only two kinds write a sentence of their own there
 * (who issued a revision, until when silence runs); their values are kept with the message. Every other body is the
 * document's or a delegate's own words, and rows written before the values were kept show the stored line.
 */
export function describeNotificationBody(
  item: DescribedNotificationBody,
  translate: TranslateNotificationBody,
  formatTime: (at: Date) => string,
): string {
  const values = item.message?.values ?? {};
  if (item.message?.key === 'revisionIssued' && values.issuer) return translate('bodies.revisionIssued', { issuer: values.issuer });
  if (item.message?.key === 'silenceStarted' && values.until && !Number.isNaN(Date.parse(values.until)))
    return translate('bodies.silenceStarted', { until: formatTime(new Date(values.until)) });
  return item.body;
}
