import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/skip-link';
import { TopBar } from '@/components/top-bar';
import { getCurrentUser } from '@/server/auth/current-user';
import './globals.css';

export const metadata: Metadata = { title: 'Zero Draft', description: 'Negotiate a resolution together.' };
// Every page reads the signed-in user and live data; nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <TopBar user={user ? { name: user.name, delegation: user.delegation.name, admin: user.isAdmin } : null} />
        {/* The skip link's target; focusable by script only, so it adds no tab stop. */}
        <div id="main-content" tabIndex={-1}>
          {children}
        </div>
      </body>
    </html>
  );
}
