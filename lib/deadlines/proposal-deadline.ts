import { formatZonedDay, formatZonedTime, readZoneCity } from './zoned-time';

/** A deadline for proposals as the realtime server and the browser see it (the row, with dates as ISO strings). */
export interface DraftDeadline {
  id: string;
  /** "" for the whole draft. */
  paragraphId: string;
  closesAt: string;
  note: string;
  reopenedAt: string | null;
}

/** A draft's proposal deadlines and the zone its negotiation meets in. */
export interface DraftDeadlineState {
  timeZone: string;
  deadlines: DraftDeadline[];
}

/** Closed: its time has come and the facilitator has not reopened it since it was set. */
export function isDeadlineClosed(deadline: DraftDeadline, now: number): boolean {
  return deadline.reopenedAt === null && Date.parse(deadline.closesAt) <= now;
}

/** The deadline that closes proposals on a paragraph now, if any: the paragraph's own first, then the draft's. */
export function findClosingDeadline(deadlines: readonly DraftDeadline[], paragraphId: string, now: number): DraftDeadline | null {
  const own = deadlines.find((deadline) => deadline.paragraphId !== '' && deadline.paragraphId === paragraphId);
  if (own && isDeadlineClosed(own, now)) return own;
  const whole = deadlines.find((deadline) => deadline.paragraphId === '');
  return whole && isDeadlineClosed(whole, now) ? whole : null;
}

/** "OP 3" for operative paragraph 3, "PP1", "(a)": how a delegate names a paragraph out loud. */
export function formatParagraphName(number: string | null): string {
  if (number === null) return 'this paragraph';
  return /^\d+$/.test(number) ? `OP ${number}` : number;
}

/** The pieces of a deadline's time in the negotiation's zone, written for `locale`; the sentence around them is the caller's. */
export interface DeadlineTimeParts {
  /** "18:00" */
  time: string;
  /** "Vienna": the zone's city (or name), as the IANA name spells it. */
  city: string;
  /** "27 Nov 2026" */
  date: string;
}

export function readDeadlineTimeParts(closesAt: string, timeZone: string, locale = 'en-GB'): DeadlineTimeParts {
  const at = new Date(closesAt);
  return {
    time: formatZonedTime(at, timeZone, { withDate: false, locale }),
    city: readZoneCity(timeZone),
    date: formatZonedDay(at, timeZone, locale),
  };
}

/** "18:00 Vienna time (27 Nov 2026)": a deadline in the negotiation's zone, in English (the server's notifications). */
export function formatDeadlineTime(closesAt: string, timeZone: string): string {
  const { time, city, date } = readDeadlineTimeParts(closesAt, timeZone);
  return `${time} ${city} time (${date})`;
}

/** Why a new proposal is refused: where, since when, and who can undo it. */
export function describeClosedProposals(deadline: DraftDeadline, paragraphNumber: string | null, timeZone: string): string {
  const where = deadline.paragraphId === '' ? 'this draft' : formatParagraphName(paragraphNumber);
  return `Proposals on ${where} closed at ${formatDeadlineTime(deadline.closesAt, timeZone)}; ask the facilitator to reopen them.`;
}
