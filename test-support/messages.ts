import { loadMessages } from '@/i18n/load-messages';

/** The catalogues as the app loads them, for tests that assert wording in each language. */
export const en = await loadMessages('en');
export const fr = await loadMessages('fr');
export const es = await loadMessages('es');
