import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { fr } from '@/test-support/messages';
import { describeNotificationBody, type TranslateNotificationBody } from './describe-notification-body';

const t = createTranslator({ locale: 'fr', messages: fr, namespace: 'notificationKinds' });
const translate: TranslateNotificationBody = (key, values) => t(key, values);
const formatTime = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ');

describe('describeNotificationBody', () => {
  it('says who issued a revision in the reader’s language', () => {
    const item = {
      body: 'Issued by Elena Rossi (CHAIR).',
      message: { key: 'revisionIssued' as const, values: { revision: 'Rev.1', draft: 'Seas', issuer: 'Elena Rossi (CHAIR)' } },
    };
    expect(describeNotificationBody(item, translate, formatTime)).toBe('Publiée par Elena Rossi (CHAIR).');
  });

  it('says until when silence runs, with the time written for the reader', () => {
    const item = {
      body: 'Until 2026-11-28T18:00:00.000Z: break silence before then to keep the paragraphs open.',
      message: { key: 'silenceStarted' as const, values: { paragraphs: 'OP 2', until: '2026-11-28T18:00:00.000Z' } },
    };
    expect(describeNotificationBody(item, translate, formatTime)).toBe(
      'Jusqu’au 2026-11-28 18:00 : rompez le silence avant cette heure pour garder les paragraphes ouverts.',
    );
  });

  it('shows a delegate’s words, a title and older rows as stored', () => {
    const comment = { body: 'EU: where from?', message: { key: 'commentCreated' as const, values: { paragraph: 'PP1' } } };
    expect(describeNotificationBody(comment, translate, formatTime)).toBe('EU: where from?');
    const older = {
      body: 'Issued by Elena Rossi (CHAIR).',
      message: { key: 'revisionIssued' as const, values: { revision: 'Rev.1', draft: 'Seas' } },
    };
    expect(describeNotificationBody(older, translate, formatTime)).toBe('Issued by Elena Rossi (CHAIR).');
    expect(describeNotificationBody({ body: 'Seas', message: null }, translate, formatTime)).toBe('Seas');
  });
});
