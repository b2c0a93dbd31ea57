import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { maxCommentLength } from '@/lib/comments';
import { AppError } from '@/server/errors/app-error';
import { en, fr } from '@/test-support/messages';
import { refuseCommentBody } from './refuse-comment-body';

const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'refusals' });
const tFr = createTranslator({ locale: 'fr', messages: fr, namespace: 'refusals' });

function refusalOf(raw: string): AppError {
  try {
    refuseCommentBody(raw);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('The comment was accepted.');
}

/** The browser's sentence for a refusal, from its reason and params (as useDescribeRefusal reads them). */
function say(t: typeof tEn, error: AppError): string {
  return t(`reasons.${error.reason}` as Parameters<typeof t>[0], error.params as never);
}

describe('refuseCommentBody', () => {
  it('keeps a comment trimmed', () => {
    expect(refuseCommentBody('  Reservation pending instructions.\n')).toBe('Reservation pending instructions.');
  });

  it('names an empty comment, said in French and, in English, exactly as the server says it', () => {
    const error = refusalOf('   ');
    expect(error).toMatchObject({ code: 'invalid-input', reason: 'comment-empty' });
    expect(say(tEn, error)).toBe(error.message);
    expect(say(tFr, error)).toBe('Écrivez quelque chose avant d’envoyer le commentaire.');
  });

  it('names an over-long comment with the limit and its length, written out for the reader’s language', () => {
    const error = refusalOf('x'.repeat(maxCommentLength + 1));
    expect(error).toMatchObject({ reason: 'comment-too-long', params: { max: '4000', length: '4001' } });
    expect(say(tEn, error)).toBe(error.message);
    expect(say(tFr, error)).toMatch(/^Un commentaire compte au plus 4\s000 caractères ; celui-ci en a 4\s001\./);
  });
});
