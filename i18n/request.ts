import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeCookieName } from '@/lib/i18n/locales';
import { resolveLocale } from '@/lib/i18n/resolve-locale';
import { getCurrentUser } from '@/server/auth/current-user';
import { formats, timeZone } from './formats';
import { loadMessages } from './load-messages';

/**
 * The language of this request, from the person, not the URL (no locale routing): the saved setting when signed in,
 * else the cookie, else the browser's Accept-Language, else English. next-intl reads this through `next-intl/config`.
 */
export default getRequestConfig(async () => {
  const [user, cookieStore, headerList] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  const locale = resolveLocale({
    setting: user?.locale,
    cookie: cookieStore.get(localeCookieName)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return { locale, messages: await loadMessages(locale), formats, timeZone };
});
