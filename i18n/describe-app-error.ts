import { getLocale, getTranslations } from 'next-intl/server';
import { describeRefusal } from '@/lib/i18n/describe-refusal';
import { defaultLocale } from '@/lib/i18n/locales';
import type { AppError } from '@/server/errors/app-error';

/**
 * A refusal a page meets while rendering on the server, said as the browser says a route's refusal
 * (`useDescribeRefusal`): by its reason in the person's language, the server's own sentence for English readers.
 */
export async function describeAppError(error: AppError): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations('refusals'), getLocale()]);
  return describeRefusal(
    { error: error.message, code: error.code, reason: error.reason, params: error.params },
    (key, params) => {
      // Keys come from the server's reasons, so they are checked against the catalogue rather than by the compiler.
      const dynamicKey = key as Parameters<typeof t>[0];
      if (!t.has(dynamicKey)) return null;
      try {
        return t(dynamicKey, params as never);
      } catch {
        return null;
      }
    },
    { readsServerLanguage: locale === defaultLocale },
  );
}
