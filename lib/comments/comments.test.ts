import { describe, expect, it } from 'vitest';
import { canSeeThread, canSettleThread, checkCommentBody, keepAudibleMentions, maxCommentLength, parseMentions } from './index';

describe('checkCommentBody', () => {
  it('trims and keeps a comment within the limit', () => {
    expect(checkCommentBody('  Reservation pending instructions.\n')).toEqual({ ok: true, body: 'Reservation pending instructions.' });
    expect(checkCommentBody('x'.repeat(maxCommentLength))).toMatchObject({ ok: true });
  });

  it('refuses an empty or blank comment, and one over the limit, saying what to change', () => {
    expect(checkCommentBody('   \n ')).toEqual({ ok: false, message: 'Write something before sending the comment.' });
    const long = checkCommentBody('x'.repeat(maxCommentLength + 1));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.message).toContain('at most 4,000 characters; this one has 4,001');
  });
});

describe('parseMentions', () => {
  const roster = ['EU', 'G77', 'USA', 'MEX'];

  it('finds delegations on the roster, whatever the case, each once in order', () => {
    expect(parseMentions('@g77 and @EU, then @eu again (@MEX).', roster)).toEqual(['G77', 'EU', 'MEX']);
  });

  it('ignores codes not on the roster, e-mail addresses and a bare @', () => {
    expect(parseMentions('Ask @UK or write to desk@eu.int; @ alone; @@USA', roster)).toEqual([]);
  });

  it('reads a mention at the start and before punctuation', () => {
    expect(parseMentions('@USA: please confirm.', roster)).toEqual(['USA']);
  });
});

describe('thread rules', () => {
  const shared = { delegationCode: 'EU', internal: false };
  const internal = { delegationCode: 'EU', internal: true };
  const euDelegate = { role: 'delegate', delegationCode: 'EU' } as const;
  const mexDelegate = { role: 'delegate', delegationCode: 'MEX' } as const;
  const chair = { role: 'facilitator', delegationCode: 'CHAIR' } as const;
  const euObserver = { role: 'observer', delegationCode: 'EU' } as const;

  it('shows an internal thread only to its own delegation', () => {
    expect(canSeeThread(shared, mexDelegate)).toBe(true);
    expect(canSeeThread(internal, euDelegate)).toBe(true);
    expect(canSeeThread(internal, mexDelegate)).toBe(false);
    expect(canSeeThread(internal, chair)).toBe(false);
  });

  it("lets the thread's delegation and the facilitator resolve a shared thread, no one else", () => {
    expect(canSettleThread(shared, euDelegate)).toBe(true);
    expect(canSettleThread(shared, chair)).toBe(true);
    expect(canSettleThread(shared, mexDelegate)).toBe(false);
    expect(canSettleThread(shared, euObserver)).toBe(false);
    expect(canSettleThread(internal, chair)).toBe(false);
    expect(canSettleThread(internal, euDelegate)).toBe(true);
  });

  it('keeps mentions in shared threads and drops them in internal ones', () => {
    expect(keepAudibleMentions(shared, ['MEX'])).toEqual(['MEX']);
    expect(keepAudibleMentions(internal, ['MEX', 'EU'])).toEqual([]);
  });
});
