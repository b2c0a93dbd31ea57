'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import {
  createRefusalLookup,
  type DynamicTranslator,
  describeRefusal,
  describeUnreadableAnswer,
  type RefusalBody,
} from '@/lib/i18n/describe-refusal';
import { defaultLocale } from '@/lib/i18n/locales';

/** Reads a refusing response's body ({error, code, reason}); a body that is not JSON is said by its status. */
export async function readRefusal(response: Response): Promise<RefusalBody> {
  const body = (await response.json().catch(() => null)) as RefusalBody | null;
  return body && typeof body === 'object' ? body : describeUnreadableAnswer(response.status);
}

/** Turns a refusal into a sentence in the person's language (the server's English where the catalogue has no words). */
export function useDescribeRefusal(): (body: RefusalBody | null | undefined) => string {
  const t = useTranslations('refusals');
  const tRoles = useTranslations('roles');
  const readsServerLanguage = useLocale() === defaultLocale;
  // Keys come from the server's reasons, so they are checked against the catalogue rather than by the compiler.
  const lookup = useMemo(() => createRefusalLookup(t as unknown as DynamicTranslator, tRoles as unknown as DynamicTranslator), [t, tRoles]);
  return useCallback((body) => describeRefusal(body, lookup, { readsServerLanguage }), [lookup, readsServerLanguage]);
}
