import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/skip-link';
import { TopBar } from '@/components/top-bar';
import { getCurrentUser } from '@/server/auth/current-user';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: t('title'), description: t('description') };
}
// Every page reads the signed-in user and live data; nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <SkipLink />
          <TopBar user={user ? { name: user.name, delegation: user.delegation.name, admin: user.isAdmin } : null} />
          {/* The skip link's target; focusable by script only, so it adds no tab stop. */}
          <div id="main-content" tabIndex={-1}>
            {children}
          </div>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
