import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, es, fr } from '@/test-support/messages';
import { describeNotificationTitle, type FormatClosingTime, type TranslateNotificationKind } from './describe-notification-title';

function translatorFor(messages: typeof en, locale: 'en' | 'fr' | 'es'): TranslateNotificationKind {
  const t = createTranslator({ locale, messages, namespace: 'notificationKinds' });
  return (key, values) => t(key, values);
}

const fr_ = translatorFor(fr, 'fr');
const formatClosingTime: FormatClosingTime = (closesAt, timeZone) => `${closesAt.toISOString().slice(11, 16)} (${timeZone})`;

describe('describeNotificationTitle', () => {
  it('says a stored message in the reader’s language, keeping the paragraph label and delegation', () => {
    const item = {
      kind: 'proposal.created',
      title: 'MEX proposed an amendment to paragraph OP 2',
      message: { key: 'proposalCreated' as const, values: { delegation: 'MEX', kind: 'amend', paragraph: 'OP 2' } },
    };
    expect(describeNotificationTitle(item, fr_, formatClosingTime)).toBe('MEX a proposé un amendement au paragraphe OP 2');
    expect(describeNotificationTitle(item, translatorFor(es, 'es'), formatClosingTime)).toBe('MEX propuso una enmienda al párrafo OP 2');
  });

  it('says the English title again byte for byte from the English catalogue', () => {
    const item = {
      kind: 'comment.created',
      title: 'European Union commented on a paragraph you follow in “Oceans”',
      message: { key: 'commentCreated' as const, values: { delegation: 'European Union', draft: 'Oceans' } },
    };
    expect(describeNotificationTitle(item, translatorFor(en, 'en'), formatClosingTime)).toBe(item.title);
  });

  it('writes out a deadline’s closing time in its time zone', () => {
    const item = {
      kind: 'deadline.approaching',
      title: 'Proposals on a paragraph of Oceans close at 18:00 New York time (Nov 27)',
      message: {
        key: 'deadlineApproaching' as const,
        values: { draft: 'Oceans', scope: 'paragraph', closesAt: '2026-11-27T23:00:00.000Z', timeZone: 'America/New_York' },
      },
    };
    expect(describeNotificationTitle(item, fr_, formatClosingTime)).toBe(
      'Les propositions sur un paragraphe de « Oceans » seront closes le 23:00 (America/New_York)',
    );
  });

  it('reads an old row’s English title back when it has no stored message', () => {
    const item = { kind: 'proposal.decided', title: 'Your proposal on a paragraph was rejected', message: null };
    expect(describeNotificationTitle(item, fr_, formatClosingTime)).toBe('Votre proposition sur un paragraphe a été rejetée');
  });

  it('shows the stored title when neither the message nor the title reads', () => {
    const unknown = { kind: 'deadline.approaching', title: 'Proposals on X close at 18:00', message: null };
    expect(describeNotificationTitle(unknown, fr_, formatClosingTime)).toBe(unknown.title);
    const broken = {
      kind: 'deadline.approaching',
      title: 'Proposals on X close at 18:00',
      message: { key: 'deadlineApproaching' as const, values: { draft: 'X', scope: 'draft', closesAt: 'soon', timeZone: 'UTC' } },
    };
    expect(describeNotificationTitle(broken, fr_, formatClosingTime)).toBe(broken.title);
  });
});
