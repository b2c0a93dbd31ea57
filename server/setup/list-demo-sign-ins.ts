import type { Db } from '@/server/db/client';
import { demoAdmin, demoUsers } from './demo-room';

export interface DemoSignIn {
  email: string;
  /** What the account is in the demo: its role in the demo negotiation, or site administrator. */
  label: string;
}

/** The demo accounts that still exist: an operator who removed them removes the hint from the sign-in page too. */
export async function listDemoSignIns(db: Db): Promise<DemoSignIn[]> {
  const accounts = [
    ...demoUsers.map((user) => ({ email: user.email, label: user.role })),
    { email: demoAdmin.email, label: 'site administrator' },
  ];
  const present = await db.user.findMany({ where: { email: { in: accounts.map((account) => account.email) } }, select: { email: true } });
  const emails = new Set(present.map((user) => user.email));
  return accounts.filter((account) => emails.has(account.email));
}
