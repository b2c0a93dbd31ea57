import { createTranslator } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRefusal } from '@/lib/i18n/describe-refusal';
import { en, fr } from '@/test-support/messages';
import { fetchAgreedLanguage, fetchPrecedents, PrecedentRequestError } from './precedent-api';

/** How the panel says a failed request (use-describe-request-error.ts), with a language's catalogue. */
function sayFailure(error: unknown, language: 'en' | 'fr'): string {
  if (!(error instanceof PrecedentRequestError)) throw new Error('not a refused request');
  const t = createTranslator({ locale: language, messages: language === 'en' ? en : fr, namespace: 'refusals' });
  return describeRefusal(
    error.refusal,
    (key, params) => (t.has(key as 'codes.internal') ? t(key as 'codes.internal', params as never) : null),
    {
      readsServerLanguage: language === 'en',
    },
  );
}

function answer(status: number, body: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('precedent requests that fail', () => {
  it('carry the server’s refusal, said in French by its reason and in English as the server words it', async () => {
    answer(
      400,
      JSON.stringify({ error: 'The field “q” was not accepted.', code: 'invalid-input', reason: 'invalid-field', params: { field: 'q' } }),
    );
    const refused = await fetchPrecedents('demand', 'adopted', new AbortController().signal).catch((error: unknown) => error);
    expect(sayFailure(refused, 'en')).toBe('The field “q” was not accepted.');
    expect(sayFailure(refused, 'fr')).toBe(
      createTranslator({ locale: 'fr', messages: fr, namespace: 'refusals' })('reasons.invalid-field', { field: 'q' }),
    );
  });

  it('say an answer without words as the status the server gave, in the person’s language', async () => {
    answer(502, 'Bad gateway');
    const refused = await fetchAgreedLanguage('demand').catch((error: unknown) => error);
    expect(sayFailure(refused, 'en')).toBe('The server answered 502.');
    expect(sayFailure(refused, 'fr')).toBe('Le serveur a répondu 502.');
  });
});
