import { describe, expect, it } from 'vitest';
import { describeSilenceOutcome, formatRecordTime } from './describe-silence-outcome';

describe('describeSilenceOutcome', () => {
  it('prints the deadline in the negotiation’s time zone', () => {
    expect(formatRecordTime(new Date('2026-11-26T17:00:00Z'), 'Europe/Vienna')).toBe('26 November 2026, 18:00 (Europe/Vienna)');
    expect(formatRecordTime(new Date('2026-11-26T17:00:00Z'), 'Not/AZone')).toBe('26 November 2026, 17:00 (UTC)');
  });

  it('says a paragraph was adopted under silence, or who broke silence and with what statement', () => {
    const deadline = new Date('2026-11-26T17:00:00Z');
    expect(describeSilenceOutcome({ state: 'adopted', outcome: 'agreed-ad-ref', deadline, timeZone: 'Europe/Vienna', breaks: [] })).toBe(
      'Adopted under silence procedure, deadline 26 November 2026, 18:00 (Europe/Vienna): agreed ad ref.',
    );
    expect(
      describeSilenceOutcome({
        state: 'broken',
        outcome: 'agreed',
        deadline,
        timeZone: 'Europe/Vienna',
        breaks: [{ delegationName: 'European Union', statement: 'Pending instructions.', at: new Date('2026-11-26T16:30:00Z') }],
      }),
    ).toBe(
      'Silence broken by European Union (statement: Pending instructions.) on 26 November 2026, 17:30 (Europe/Vienna), before the deadline 26 November 2026, 18:00 (Europe/Vienna). The paragraph stays open.',
    );
  });
});
