import { getDb } from '@/server/db/client';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';
import { requireNegotiationAccess } from './current-user';

/**
 * Who may import a draft into the negotiation named by `?negotiation=` (the default one when absent): checked before
 * the body is read, so nobody can make the server read a large file for a negotiation they are not on.
 */
export async function requireDraftImportAccess(request: Request) {
  const named = new URL(request.url).searchParams.get('negotiation')?.trim();
  const negotiationId = named || (await findDefaultNegotiation(getDb())).id;
  return { negotiationId, ...(await requireNegotiationAccess(negotiationId, 'draft:create')) };
}
