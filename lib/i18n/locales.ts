/** The interface languages (the working languages of most UN bodies); the first is the default. */
export const locales = ['en', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The cookie that remembers the choice in this browser (signed-out pages read it too). */
export const localeCookieName = 'zd-locale';

/** Each language named in itself, as the language choice lists them. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
