import { parseArgs } from 'node:util';
import { isRole, roles } from '@/lib/auth/permissions';
import { createPrismaClient } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { addRosterMember } from '@/server/negotiations/add-roster-member';
import { removeRosterMember } from '@/server/negotiations/remove-roster-member';
import { setRosterRole } from '@/server/negotiations/set-roster-role';
import { findAccountId } from '@/server/users/find-account-id';
import { printResult, UsageError } from '../output';
import { findActingPerson } from './acting-person';

const rosterUsage = `Usage:
  roster add --negotiation <id> --user <email> --role ${roles.join('|')} --as <email> [--json]
  roster set-role --negotiation <id> --user <email> --role ${roles.join('|')} --as <email> [--json]
  roster remove --negotiation <id> --user <email> --as <email> [--json]`;

/** Roster changes act as a person (--as), checked exactly like the web: the same services, the same permission table. */
export async function runRoster(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { negotiation: { type: 'string' }, user: { type: 'string' }, role: { type: 'string' }, as: { type: 'string' } },
  });
  const [subcommand] = positionals;
  const { negotiation, user, role } = values;
  if (!['add', 'set-role', 'remove'].includes(subcommand ?? '') || typeof negotiation !== 'string' || typeof user !== 'string') {
    throw new UsageError(rosterUsage);
  }
  if (subcommand !== 'remove' && !isRole(role)) throw new UsageError(rosterUsage);
  const db = createPrismaClient();
  try {
    const actor = await findActingPerson(db, values.as, rosterUsage);
    if (subcommand === 'add' && isRole(role)) {
      await addRosterMember(db, actor, negotiation, { email: user, role });
    } else {
      const userId = await findAccountId(db, user);
      if (!userId) throw new AppError('not-found', `No account "${user}".`);
      if (subcommand === 'set-role' && isRole(role)) await setRosterRole(db, actor, negotiation, userId, role);
      else await removeRosterMember(db, actor, negotiation, userId);
    }
    const result = { negotiation, user: user.trim().toLowerCase(), ...(subcommand === 'remove' ? { removed: true } : { role }) };
    printResult(result, json, () => (subcommand === 'remove' ? `${result.user} is off the roster.` : `${result.user} is ${role}.`));
  } finally {
    await db.$disconnect();
  }
}
