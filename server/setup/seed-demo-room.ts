import bcrypt from 'bcryptjs';
import type { Db } from '@/server/db/client';
import { demoDelegations, demoPassword, demoUsers } from './demo-room';

/** Idempotent: creates what is missing and leaves existing accounts (and their passwords) alone. */
export async function seedDemoRoom(db: Db): Promise<{ created: number }> {
  for (const delegation of demoDelegations) {
    await db.delegation.upsert({
      where: { code: delegation.code },
      update: {},
      create: delegation,
    });
  }
  let created = 0;
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    if (existing) continue;
    const delegation = await db.delegation.findUniqueOrThrow({ where: { code: user.delegationCode } });
    await db.user.create({
      data: { email: user.email, name: user.name, role: user.role, passwordHash, delegationId: delegation.id },
    });
    created += 1;
  }
  return { created };
}
