import { readConfig } from '@/server/config/read-config';
import bcrypt from 'bcryptjs';
import type { Db } from '@/server/db/client';
import { demoAdmin, demoDelegations, demoNegotiations, demoPassword, demoUsers } from './demo-room';

/**
 * Seeds the demo accounts, the demo administrator and the two demo negotiations into a database that has no accounts yet, unless
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
    const idOf = new Map<string, string>();
    for (const user of [...demoUsers, { ...demoAdmin, isAdmin: true }]) {
      const existing = await tx.user.findUnique({ where: { email: user.email } });
      if (existing) {
        idOf.set(user.email, existing.id);
        continue;
      }
      const delegation = await tx.delegation.findUniqueOrThrow({ where: { code: user.delegationCode } });
      const row = await tx.user.create({
        data: { email: user.email, name: user.name, passwordHash, delegationId: delegation.id, isAdmin: 'isAdmin' in user },
      });
      idOf.set(user.email, row.id);
      created += 1;
    }
    for (const { roster, draft: _draft, ...negotiation } of demoNegotiations) {
      if (await tx.negotiation.findUnique({ where: { id: negotiation.id } })) continue;
      // A database migrated from before negotiations already has its default one.
      const hasDefault = (await tx.negotiation.count({ where: { isDefault: true } })) > 0;
      await tx.negotiation.create({ data: { ...negotiation, isDefault: negotiation.isDefault && !hasDefault } });
      const entries = roster === 'all' ? demoUsers.map(({ email, role }) => ({ email, role })) : roster;
      for (const entry of entries) {
        const userId = idOf.get(entry.email);
        if (!userId) continue;
        await tx.negotiationMember.create({ data: { negotiationId: negotiation.id, userId, role: entry.role } });
      }
      const codes = new Set(entries.map((entry) => demoUsers.find((user) => user.email === entry.email)?.delegationCode));
      for (const delegation of await tx.delegation.findMany({ where: { code: { in: [...codes].filter((code) => code !== undefined) } } })) {
        await tx.negotiationDelegation.create({ data: { negotiationId: negotiation.id, delegationId: delegation.id } });
      }
    }
    return { created };
  });
}
