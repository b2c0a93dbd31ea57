import type { Db } from '@/server/db/client';
import { createInvitation } from '@/server/invitations/create-invitation';
import type { IssuedInvitation } from '@/server/invitations/insert-invitation';
import type { Actor } from '@/server/negotiations/actor';
import { createUser, type NewPerson } from './create-user';

/**
 * An administrator adds a person to the site: the account exists at once (listed as invited, ready for a roster,
 * an administrator if so marked) and its invitation link sets up how they sign in.
 */
export async function invitePerson(db: Db, actor: Actor, person: NewPerson): Promise<{ id: string; invitation: IssuedInvitation }> {
  const { id } = await createUser(db, actor, person);
  const invitation = await createInvitation(db, actor, { email: person.email, name: person.name, delegationCode: person.delegationCode });
  return { id, invitation };
}
