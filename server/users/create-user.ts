import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { checkSiteAdministration } from '@/server/negotiations/check-site-administration';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';

export interface NewPerson {
  email: string;
  name: string;
  delegationCode: string;
  isAdmin?: boolean;
}

/** An administrator adds a person; they get in through an invitation (or a password the operator sets at the console). */
export async function createUser(db: Db, actor: Actor, person: NewPerson): Promise<{ id: string; email: string }> {
  await checkSiteAdministration(db, actor);
  const email = person.email.trim().toLowerCase();
  const name = person.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AppError('invalid-input', `"${person.email}" is not an e-mail address.`, 'not-an-email', {
      email: person.email,
    });
  if (!name) throw new AppError('invalid-input', 'Give the person a name.', 'person-name-missing');
  const code = person.delegationCode.trim().toUpperCase();
  const delegation = await db.delegation.findUnique({ where: { code }, select: { id: true } });
  if (!delegation) throw new AppError('not-found', `There is no delegation with the code "${code}".`, 'unknown-delegation', { code });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError('conflict', `${email} already has an account.`, 'email-has-account', { email });
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name, delegationId: delegation.id, isAdmin: person.isAdmin ?? false },
      select: { id: true, email: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'user.create',
      target: user.id,
      detail: { email, delegation: code, isAdmin: person.isAdmin ?? false },
    });
    return user;
  });
}
