'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { describeRefusal, describeUnreadableAnswer, localizeRefusalParams, type RefusalBody } from '@/lib/i18n/describe-refusal';
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
  return useCallback(
    (body) =>
      describeRefusal(
        body,
        (key, params) => {
          // Keys come from the server's codes, so they are checked against the catalogue rather than by the compiler.
          const dynamicKey = key as Parameters<typeof t>[0];
          if (!t.has(dynamicKey)) return null;
          try {
            const sayRole = (role: string) =>
              tRoles.has(role as Parameters<typeof tRoles>[0]) ? tRoles(role as Parameters<typeof tRoles>[0]) : null;
            const sayRealtime = (code: string) => {
              const realtimeKey = `realtime.${code}` as Parameters<typeof t>[0];
              return t.has(realtimeKey) ? t(realtimeKey) : null;
            };
            return t(dynamicKey, localizeRefusalParams(params, sayRole, sayRealtime) as never);
          } catch {
            // A message naming a value the server did not send: its own sentence is better than a broken one.
            return null;
          }
        },
        { readsServerLanguage },
      ),
    [t, tRoles, readsServerLanguage],
  );
}
