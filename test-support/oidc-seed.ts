/**
 * Writes what the SSO and sign-in e2e tests need into the running app's real database (DATABASE_URL of the e2e
 * runner), without going through pages other parts of the app own:
 *   invite '{"email", "name", "delegationCode", "negotiationTitle", "draftTitle", "role"}'
 *     → a negotiation with one draft, and a pending invitation to it (prints {"negotiationId", "draftId"})
 *   password-user '{"email", "name", "password", "delegationCode"}' → an account that signs in with a password
 */
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { passwordHashCost } from '@/lib/auth/password-policy';
import { createPrismaClient } from '@/server/db/client';
import { createDraft } from '@/server/drafts/create-draft';
import { demoAdmin } from '@/server/setup/demo-room';

const [command, raw] = process.argv.slice(2);
const input = JSON.parse(raw ?? '{}') as Record<string, string>;
const db = createPrismaClient();

async function delegationId(code: string): Promise<string> {
  return (await db.delegation.findUniqueOrThrow({ where: { code } })).id;
}

try {
  if (command === 'invite') {
    const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email } });
    const negotiation = await db.negotiation.create({ data: { title: input.negotiationTitle!, status: 'open' } });
    await db.negotiationMember.create({ data: { negotiationId: negotiation.id, userId: admin.id, role: 'facilitator' } });
    const draft = await createDraft(db, { title: input.draftTitle!, createdById: admin.id, negotiationId: negotiation.id });
    await db.invitation.create({
      data: {
        tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        email: input.email!.toLowerCase(),
        name: input.name!,
        delegationId: await delegationId(input.delegationCode!),
        negotiationId: negotiation.id,
        role: input.role ?? 'delegate',
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      },
    });
    console.log(JSON.stringify({ negotiationId: negotiation.id, draftId: draft.id }));
  } else if (command === 'password-user') {
    const user = await db.user.create({
      data: {
        email: input.email!.toLowerCase(),
        name: input.name!,
        passwordHash: await bcrypt.hash(input.password!, passwordHashCost),
        delegationId: await delegationId(input.delegationCode!),
      },
    });
    console.log(JSON.stringify({ userId: user.id }));
  } else {
    throw new Error(`Unknown command "${command}": use invite or password-user.`);
  }
} finally {
  await db.$disconnect();
}
