import type { Db } from '@/server/db/client';
import type { Actor } from './actor';
import { checkSiteAccess } from './check-access';

/** Site administration (negotiations, delegations, people): administrators, or the operator at the command line. */
export async function checkSiteAdministration(db: Db, actor: Actor): Promise<void> {
  if (actor !== 'operator') await checkSiteAccess(db, actor, 'site:administer');
}
