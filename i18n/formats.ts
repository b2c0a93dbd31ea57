import type { Formats } from 'next-intl';

/**
 * Named formats, the same on server and browser. Times are shown in UTC, named, as the pages did before languages:
 * a negotiation spans time zones, and deadlines carry their own zone.
 */
export const formats = {
  dateTime: {
    stamp: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
    day: { year: 'numeric', month: 'long', day: 'numeric' },
  },
} satisfies Formats;

export const timeZone = 'UTC';
