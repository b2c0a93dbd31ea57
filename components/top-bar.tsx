'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { clearAllOfflineStores } from '@/components/draft/offline-store';
import { LanguageSelect } from '@/components/i18n/language-select';
import { NotificationBell } from '@/components/notifications/notification-bell';

/** Drafts kept for offline editing are confidential: none may stay on a shared conference computer. */
async function signOutAndForget(): Promise<void> {
  await clearAllOfflineStores().catch(() => undefined);
  await signOut({ callbackUrl: '/signin' });
}

interface TopBarProps {
  user: { name: string; delegation: string; admin: boolean } | null;
}

export function TopBar({ user }: TopBarProps) {
  const t = useTranslations('topBar');
  return (
    <header className="topbar">
      <Link href="/">Zero Draft</Link>
      {user && (
        <nav aria-label={t('mainNavigation')}>
          <Link href="/">{t('home')}</Link>
          <Link href="/drafts">{t('drafts')}</Link>
          <Link href="/corpus">{t('corpus')}</Link>
          <Link href="/search">{t('search')}</Link>
          <Link href="/compare">{t('compare')}</Link>
          {user.admin && <Link href="/admin">{t('administration')}</Link>}
          <NotificationBell />
        </nav>
      )}
      <span className="spacer" />
      <LanguageSelect signedIn={user !== null} />
      {user && (
        <>
          <span data-testid="whoami">
            {user.name} · {user.delegation}
            {user.admin ? ` · ${t('administrator')}` : ''}
          </span>
          <button type="button" onClick={() => void signOutAndForget()}>
            {t('signOut')}
          </button>
        </>
      )}
    </header>
  );
}
