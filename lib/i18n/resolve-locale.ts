import { defaultLocale, isLocale, type Locale, locales } from './locales';

interface LocaleSources {
  /** The signed-in person's saved choice. */
  setting?: string | null;
  /** The cookie this browser keeps. */
  cookie?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
}

/** The languages an Accept-Language header asks for, best first ("fr-CH, fr;q=0.9, en;q=0.8" → fr-ch, fr, en). */
function readAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

function matchAcceptLanguage(header: string): Locale | null {
  for (const tag of readAcceptLanguage(header)) {
    const primary = tag.split('-')[0];
    const match = locales.find((locale) => locale === primary);
    if (match) return match;
  }
  return null;
}

/** The person's saved language, else this browser's cookie, else the browser's languages among ours, else English. */
export function resolveLocale({ setting, cookie, acceptLanguage }: LocaleSources): Locale {
  if (isLocale(setting)) return setting;
  if (isLocale(cookie)) return cookie;
  return (acceptLanguage && matchAcceptLanguage(acceptLanguage)) || defaultLocale;
}
