import bcrypt from 'bcryptjs';
import { checkPassword, passwordHashCost } from '@/lib/auth/password-policy';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';

/** The operator sets a password at the console (`admin create --password-stdin`); people set theirs through invitations. */
export async function setUserPassword(db: Db, userId: string, password: string): Promise<void> {
  const problem = checkPassword(password);
  if (problem) throw new AppError('invalid-input', problem);
  const passwordHash = await bcrypt.hash(password, passwordHashCost);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await recordAuditEvent(tx, { actor: 'operator', action: 'user.set-password', target: userId });
  });
}
