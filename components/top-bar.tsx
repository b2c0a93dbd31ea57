'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { clearAllOfflineStores } from '@/components/draft/offline-store';
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
  return (
    <header className="topbar">
      <Link href="/">Zero Draft</Link>
      {user && (
        <nav aria-label="Main">
          <Link href="/">Home</Link>
          <Link href="/drafts">Drafts</Link>
          <Link href="/corpus">Corpus</Link>
          <Link href="/search">Search</Link>
          <Link href="/compare">Compare</Link>
          {user.admin && <Link href="/admin">Administration</Link>}
          <NotificationBell />
        </nav>
      )}
      <span className="spacer" />
      {user && (
        <>
          <span data-testid="whoami">
            {user.name} · {user.delegation}
            {user.admin ? ' · administrator' : ''}
          </span>
          <button type="button" onClick={() => void signOutAndForget()}>
            Sign out
          </button>
        </>
      )}
    </header>
  );
}
