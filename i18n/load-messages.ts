import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import en from '@/messages/en';

export type Messages = typeof en;

/** A namespace's file is its name in kebab-case: `topBar` lives in top-bar.json in every language's folder. */
export function nameNamespaceFile(namespace: string): string {
  return namespace.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const gathered = new Map<Locale, Promise<Messages>>();

/**
 * One catalogue per language. English lists the namespaces (its files are imported by name, so the compiler knows
 * every key); the other languages are read from their folder by that list, so a namespace is added in one place and
 * the catalogue test checks that each language has it.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === defaultLocale) return Promise.resolve(en);
  // Every request asks for its language's catalogue: it is gathered once per language and process.
  let loading = gathered.get(locale);
  if (!loading) {
    loading = gatherMessages(locale);
    gathered.set(locale, loading);
  }
  return loading;
}

async function gatherMessages(locale: Locale): Promise<Messages> {
  const namespaces = await Promise.all(
    Object.keys(en).map(async (namespace) => {
      const file = nameNamespaceFile(namespace);
      const catalogue = (await import(`../messages/${locale}/${file}.json`)) as { default: unknown };
      return [namespace, catalogue.default] as const;
    }),
  );
  return Object.fromEntries(namespaces) as Messages;
}
