import type { Locale } from '@/lib/i18n/locales';
import type { Db } from '@/server/db/client';

/** Remembers the person's interface language (null: let the browser's language decide again). */
export async function setUserLocale(db: Db, userId: string, locale: Locale | null): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
