'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type ChangeEvent, useState } from 'react';
import { isLocale, localeCookieName, localeNames, locales } from '@/lib/i18n/locales';
import { readRefusal, useDescribeRefusal } from './use-describe-refusal';

const oneYearSeconds = 365 * 24 * 60 * 60;

/**
 * The interface language, each named in itself under a label in all three, so someone who cannot read the current
 * language still finds it. Signed in, the choice is saved with the account (and the route sets the cookie); signed
 * out, only this browser's cookie remembers it.
 */
export function LanguageSelect({ signedIn }: { signedIn: boolean }) {
  const locale = useLocale();
  const t = useTranslations('topBar');
  const describeRefusal = useDescribeRefusal();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = event.target.value;
    if (!isLocale(chosen)) return;
    setBusy(true);
    setProblem(null);
    if (signedIn) {
      const response = await fetch('/api/me/locale', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale: chosen }),
      }).catch(() => null);
      if (!response?.ok) {
        setProblem(response ? describeRefusal(await readRefusal(response)) : t('languageNotSaved'));
        setBusy(false);
        return;
      }
    } else {
      // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie for signed-out pages; nothing secret.
      document.cookie = `${localeCookieName}=${chosen}; path=/; max-age=${oneYearSeconds}; samesite=lax`;
    }
    router.refresh();
    setBusy(false);
  };

  return (
    <span className="language-select">
      <label htmlFor="language-select" className="visually-hidden">
        {t('language')}
      </label>
      <select id="language-select" data-testid="language-select" value={locale} disabled={busy} onChange={(event) => void choose(event)}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
      {problem && <span role="alert"> {problem}</span>}
    </span>
  );
}
