import type { Db } from '@/server/db/client';

/** A fresh site has no delegations yet; its first administrators belong to the site's own administration. */
export async function ensureAdministrationDelegation(db: Db): Promise<{ code: string }> {
  return db.delegation.upsert({
    where: { code: 'ADMIN' },
    update: {},
    create: { code: 'ADMIN', name: 'Site administration', colour: '#475569', kind: 'secretariat' },
    select: { code: true },
  });
}
