import { createTranslator } from 'next-intl';
import { createRefusalLookup, type DynamicTranslator, describeRefusal } from '@/lib/i18n/describe-refusal';
import type { Locale } from '@/lib/i18n/locales';
import { isAppError } from '@/server/errors/app-error';
import { en, es, fr } from './messages';

const catalogues = { en, fr, es };

/**
 * What a reader of `locale` is shown for a refusal the server threw, read from the catalogue even in English (where
 * the browser shows the server's own sentence), so a test can hold the English message to the server's sentence.
 */
export function sayRefusal(error: unknown, locale: Locale): string {
  if (!isAppError(error)) throw new Error(`Not a refusal: ${String(error)}`);
  const refusals = createTranslator({ locale, messages: catalogues[locale], namespace: 'refusals' });
  const roles = createTranslator({ locale, messages: catalogues[locale], namespace: 'roles' });
  return describeRefusal(
    { code: error.code, reason: error.reason, params: error.params },
    createRefusalLookup(refusals as unknown as DynamicTranslator, roles as unknown as DynamicTranslator),
  );
}

/** The refusal a call ends in. */
export async function catchRefusal(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => {
      throw new Error('Expected a refusal');
    },
    (error: unknown) => error,
  );
}
