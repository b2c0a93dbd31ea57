import { describe, expect, it } from 'vitest';
import {
  describeClosedProposals,
  findClosingDeadline,
  formatParagraphName,
  isDeadlineClosed,
  type DraftDeadline,
} from './proposal-deadline';

const at = Date.parse('2026-11-27T17:00:00Z');
const whole: DraftDeadline = { id: 'd1', paragraphId: '', closesAt: '2026-11-27T17:00:00.000Z', note: '', reopenedAt: null };
const op3: DraftDeadline = { id: 'd2', paragraphId: 'p3', closesAt: '2026-11-27T15:00:00.000Z', note: '', reopenedAt: null };

describe('proposal deadlines', () => {
  it('closes at its time, not before, and stays open once reopened', () => {
    expect(isDeadlineClosed(whole, at - 1)).toBe(false);
    expect(isDeadlineClosed(whole, at)).toBe(true);
    expect(isDeadlineClosed({ ...whole, reopenedAt: '2026-11-27T17:05:00.000Z' }, at + 3_600_000)).toBe(false);
  });

  it("finds the paragraph's own deadline first, then the draft's", () => {
    expect(findClosingDeadline([whole, op3], 'p3', at - 1)?.id).toBe('d2');
    expect(findClosingDeadline([whole, op3], 'p1', at - 1)).toBeNull();
    expect(findClosingDeadline([whole, op3], 'p1', at)?.id).toBe('d1');
    expect(findClosingDeadline([whole, { ...op3, reopenedAt: 'x' }], 'p3', at)?.id).toBe('d1');
    expect(findClosingDeadline([], 'p3', at)).toBeNull();
  });

  it('says where proposals closed, when in the negotiation zone, and what to do', () => {
    expect(describeClosedProposals(op3, '3', 'Europe/Vienna')).toBe(
      'Proposals on OP 3 closed at 16:00 Vienna time (27 Nov 2026); ask the facilitator to reopen them.',
    );
    expect(describeClosedProposals(whole, null, 'America/New_York')).toBe(
      'Proposals on this draft closed at 12:00 New York time (27 Nov 2026); ask the facilitator to reopen them.',
    );
    expect(formatParagraphName('PP2')).toBe('PP2');
    expect(formatParagraphName('(a)')).toBe('(a)');
  });
});
