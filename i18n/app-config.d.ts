import type { Locale } from '@/lib/i18n/locales';
import type messages from '@/messages/en';
import type { formats } from './formats';

// next-intl checks every key the code asks for against the English catalogue, and locales against ours.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
