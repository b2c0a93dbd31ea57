'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { PrecedentRequestError } from './precedent-api';

/**
 * Why a precedent request failed, in the person's language: the server's refusal by its reason, else the error's own
 * words, else the panel's general sentence (`fallback`, a key of the precedent messages).
 */
export function useDescribeRequestError(fallback: 'checkFailed' | 'loadFailed'): (error: unknown) => string {
  const t = useTranslations('precedent');
  const describe = useDescribeRefusal();
  return useCallback(
    (error: unknown) => {
      if (error instanceof PrecedentRequestError) return describe(error.refusal);
      return error instanceof Error ? error.message : t(fallback);
    },
    [t, describe, fallback],
  );
}
