import type { Locale } from '@/lib/i18n/locales';
import type en from '@/messages/en';

export type Messages = typeof en;

/** One catalogue per language, loaded only when asked for. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'fr':
      return (await import('@/messages/fr')).default;
    case 'es':
      return (await import('@/messages/es')).default;
    default:
      return (await import('@/messages/en')).default;
  }
}
