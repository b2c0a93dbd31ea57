import { describe, expect, it } from 'vitest';
import { readNotificationTitle } from './read-notification-title';

describe('readNotificationTitle', () => {
  it('reads a proposal’s delegation, kind and paragraph label from its stored title', () => {
    expect(readNotificationTitle('proposal.created', 'MEX proposed an amendment to paragraph OP 2')).toEqual({
      key: 'proposalCreated',
      values: { delegation: 'MEX', kind: 'amend', paragraph: 'OP 2' },
    });
  });

  it('reads a decision on a paragraph that has no label', () => {
    expect(readNotificationTitle('proposal.decided', 'Your proposal on a paragraph was rejected')).toEqual({
      key: 'proposalDecided',
      values: { paragraph: '', outcome: 'rejected' },
    });
  });

  it('keeps the draft title as it is: the document text is never translated', () => {
    expect(
      readNotificationTitle('mention', 'European Union mentioned your delegation in a comment on “Oceans and the law of the sea”'),
    ).toEqual({
      key: 'mention',
      values: { delegation: 'European Union', draft: 'Oceans and the law of the sea' },
    });
  });

  it('leaves a title of an unknown kind or wording to be shown as stored', () => {
    expect(readNotificationTitle('deadline.approaching', 'Proposals on X close at 18:00')).toBeNull();
    expect(readNotificationTitle('silence.broken', 'Something else')).toBeNull();
  });
});
