import type { PrismaClient } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { testNegotiationId } from './realtime-server';

/**
 * Adds a person to the test negotiation with a role, creating their delegation on first use,
 * and returns them as the web app sees a signed-in user. For tests.
 */
export async function addTestMember(
  db: PrismaClient,
  person: { email: string; name: string; delegation: { code: string; name: string }; role: Role },
  negotiationId = testNegotiationId,
): Promise<CurrentUser> {
  const delegation = await db.delegation.upsert({
    where: { code: person.delegation.code },
    update: {},
    create: { code: person.delegation.code, name: person.delegation.name, colour: '#336699' },
  });
  const user = await db.user.create({
    data: { email: person.email, name: person.name, passwordHash: 'x', delegationId: delegation.id },
  });
  await db.negotiationMember.create({ data: { negotiationId, userId: user.id, role: person.role } });
  return (await findUser(db, user.id))!;
}
