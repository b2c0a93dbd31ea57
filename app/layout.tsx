import type { Metadata } from 'next';
import type { ReactNode } from 'react';
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
        <TopBar user={user ? { name: user.name, delegation: user.delegation.name, admin: user.isAdmin } : null} />
        {children}
      </body>
    </html>
  );
}
