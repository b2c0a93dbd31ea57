import { parseArgs } from 'node:util';
import { checkPassword } from '@/lib/auth/password-policy';
import { readConfig } from '@/server/config/read-config';
import { createPrismaClient } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { createInvitation } from '@/server/invitations/create-invitation';
import { deliverInvitation } from '@/server/invitations/deliver-invitation';
import { createUser } from '@/server/users/create-user';
import { ensureAdministrationDelegation } from '@/server/users/ensure-administration-delegation';
import { setUserPassword } from '@/server/users/set-user-password';
import { printResult, UsageError } from '../output';

const adminUsage = 'Usage: admin create <email> [--name "…"] [--delegation CODE] [--password-stdin] [--json]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * An operator command (whoever runs it holds the server): makes a site administrator, who then sets a password through
 * the printed invitation link, or at once with --password-stdin (`printf '%s' "$PASSWORD" | … --password-stdin`).
 */
export async function runAdmin(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { name: { type: 'string' }, delegation: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const [subcommand, email] = positionals;
  if (subcommand !== 'create' || !email) throw new UsageError(adminUsage);
  const db = createPrismaClient();
  try {
    const delegationCode = typeof values.delegation === 'string' ? values.delegation : (await ensureAdministrationDelegation(db)).code;
    const name = typeof values.name === 'string' && values.name.trim() ? values.name : email.split('@')[0]!;
    const password = values['password-stdin'] === true ? await readStdin() : null;
    // Checked before the account is made: a refused password leaves no half-made administrator.
    const problem = password === null ? null : checkPassword(password);
    if (problem) throw new AppError('invalid-input', problem);
    const user = await createUser(db, 'operator', { email, name, delegationCode, isAdmin: true });
    if (password !== null) {
      await setUserPassword(db, user.id, password);
      printResult({ id: user.id, email: user.email, passwordSet: true }, json, () => `Administrator ${user.email} can sign in now.`);
      return;
    }
    const invitation = await createInvitation(db, 'operator', { email, name, delegationCode });
    const config = readConfig();
    const delivery = await deliverInvitation(invitation, { origin: `http://localhost:${config.port}`, invitedByName: 'The operator' });
    printResult(
      {
        id: user.id,
        email: user.email,
        invitationLink: delivery.link,
        expiresAt: invitation.expiresAt.toISOString(),
        emailed: delivery.emailed,
      },
      json,
      () => `Administrator ${user.email} created. Send them this link to set a password (it works once):\n${delivery.link}`,
    );
  } finally {
    await db.$disconnect();
  }
}
