import { readConfig } from '@/server/config/read-config';
import bcrypt from 'bcryptjs';
import type { Db } from '@/server/db/client';
import { demoDelegations, demoPassword, demoUsers } from './demo-room';

/**
 * Seeds the demo room into a database that has no accounts yet, unless
 * ZERO_DRAFT_DEMO=0. Once anyone exists it does nothing, so demo accounts an
 * operator deleted (their password is public) never come back by themselves.
 */
export async function seedDemoRoom(db: Db): Promise<{ created: number }> {
  if (!readConfig().seedDemo || (await db.user.count()) > 0) return { created: 0 };
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  // One transaction: a setup killed half-way would otherwise leave some accounts, and with them
  // the rule above would never seed the rest.
  return db.$transaction(async (tx) => {
    for (const delegation of demoDelegations) {
      await tx.delegation.upsert({
        where: { code: delegation.code },
        update: {},
        create: delegation,
      });
    }
    let created = 0;
    for (const user of demoUsers) {
      const existing = await tx.user.findUnique({ where: { email: user.email } });
      if (existing) continue;
      const delegation = await tx.delegation.findUniqueOrThrow({ where: { code: user.delegationCode } });
      await tx.user.create({
        data: { email: user.email, name: user.name, role: user.role, passwordHash, delegationId: delegation.id },
      });
      created += 1;
    }
    return { created };
  });
}
