import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { checkSiteAdministration } from '@/server/negotiations/check-site-administration';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';

/** Kinds an administrator may add; the Chair is the site's own, made on first need. */
export const delegationKinds = ['state', 'group', 'observer', 'secretariat'] as const;
export type DelegationKind = (typeof delegationKinds)[number];

export interface NewDelegation {
  code: string;
  name: string;
  colour: string;
  kind: DelegationKind;
}

export async function createDelegation(db: Db, actor: Actor, input: NewDelegation): Promise<{ id: string; code: string }> {
  await checkSiteAdministration(db, actor);
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  if (!/^[A-Z0-9][A-Z0-9-]{1,11}$/.test(code)) {
    throw new AppError(
      'invalid-input',
      'The code is 2 to 12 letters, digits or hyphens, such as "FRA" or "G77".',
      'delegation-code-format',
    );
  }
  if (!name) throw new AppError('invalid-input', 'Give the delegation a name.', 'delegation-name-missing');
  if (!/^#[0-9a-fA-F]{6}$/.test(input.colour))
    throw new AppError('invalid-input', 'The colour is written #rrggbb, such as #1d4ed8.', 'delegation-colour-format');
  if (!(delegationKinds as readonly string[]).includes(input.kind)) {
    throw new AppError('invalid-input', `The kind is one of ${delegationKinds.join(', ')}.`, 'unknown-delegation-kind', {
      kinds: delegationKinds.join(', '),
    });
  }
  if (await db.delegation.findUnique({ where: { code }, select: { id: true } })) {
    throw new AppError('conflict', `There is already a delegation with the code "${code}".`, 'delegation-code-taken', { code });
  }
  return db.$transaction(async (tx) => {
    const delegation = await tx.delegation.create({
      data: { code, name, colour: input.colour.toLowerCase(), kind: input.kind },
      select: { id: true, code: true },
    });
    await recordAuditEvent(tx, { actor, action: 'delegation.create', target: code, detail: { name, kind: input.kind } });
    return delegation;
  });
}
