/** A date and time as a UN record prints it, in the negotiation's zone: "26 November 2026, 18:00 (Europe/Vienna)". */
export function formatRecordTime(date: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
  } catch {
    // A zone this runtime does not know must not cost the export: print UTC and say so.
    return formatRecordTime(date, 'UTC');
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} (${timeZone})`;
}

export interface SilenceOutcomeInput {
  state: 'adopted' | 'broken';
  /** "agreed-ad-ref" | "agreed": what the paragraphs became when silence held. */
  outcome: string;
  deadline: Date;
  timeZone: string;
  /** For a broken silence: who broke it and what they said, in the order they broke it. */
  breaks: { delegationName: string; statement: string; at: Date }[];
}

/** The record a silence procedure leaves on each of its paragraphs, as the Chair's comment in a Word export. */
export function describeSilenceOutcome(input: SilenceOutcomeInput): string {
  const deadline = formatRecordTime(input.deadline, input.timeZone);
  if (input.state === 'adopted') {
    const became = input.outcome === 'agreed' ? 'agreed' : 'agreed ad ref';
    return `Adopted under silence procedure, deadline ${deadline}: ${became}.`;
  }
  const breaks = input.breaks.map(
    (entry) =>
      `Silence broken by ${entry.delegationName}${entry.statement.trim() ? ` (statement: ${entry.statement.trim()})` : ''} on ${formatRecordTime(entry.at, input.timeZone)}`,
  );
  return `${breaks.length > 0 ? breaks.join('; ') : 'Silence broken'}, before the deadline ${deadline}. The paragraph stays open.`;
}
