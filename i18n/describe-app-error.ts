import { getLocale, getTranslations } from 'next-intl/server';
import { createRefusalLookup, type DynamicTranslator, describeRefusal } from '@/lib/i18n/describe-refusal';
import { defaultLocale } from '@/lib/i18n/locales';
import type { AppError } from '@/server/errors/app-error';

/**
 * A refusal a page meets while rendering on the server, said as the browser says a route's refusal
 * (`useDescribeRefusal`): by its reason in the person's language, the server's own sentence for English readers.
 */
export async function describeAppError(error: AppError): Promise<string> {
  const [refusals, roles, locale] = await Promise.all([getTranslations('refusals'), getTranslations('roles'), getLocale()]);
  return describeRefusal(
    { error: error.message, code: error.code, reason: error.reason, params: error.params },
    createRefusalLookup(refusals as unknown as DynamicTranslator, roles as unknown as DynamicTranslator),
    { readsServerLanguage: locale === defaultLocale },
  );
}
