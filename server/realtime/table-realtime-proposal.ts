import { signTablingRequest, type TablingRequest } from '@/lib/auth/tabling-request';
import { draftRoomNaming } from '@/lib/persistence/room-naming';
import { readConfig } from '@/server/config/read-config';
import { AppError } from '@/server/errors/app-error';
import { readSecret } from '@/server/secret';

/** Where the realtime server listens and the secret it shares; tests name their own. */
export interface RealtimeEndpoint {
  baseUrl: string;
  secret: string;
}

function readRealtimeEndpoint(): RealtimeEndpoint {
  // Server to server on this machine, whatever address browsers use.
  const { realtimeHost, realtimePort } = readConfig();
  const host = realtimeHost === '0.0.0.0' ? '127.0.0.1' : realtimeHost;
  return { baseUrl: `http://${host}:${realtimePort}`, secret: readSecret() };
}

/**
 * Asks the realtime server, which holds the live document, to add a tabled
 * proposal to it and save it. Resolves with the proposal's id and creation
 * time once the server confirms; a refusal by the document's rules (the
 * paragraph is gone, the draft changed mode) is a conflict, and anything the
 * server cannot confirm is "unavailable", so the caller keeps the proposal
 * unpublished and it can be tabled again.
 */
export async function tableRealtimeProposal(
  tabling: TablingRequest,
  endpoint: RealtimeEndpoint = readRealtimeEndpoint(),
): Promise<{ proposalId: string; createdAt: string }> {
  const url = `${endpoint.baseUrl}/${draftRoomNaming.toRoomName(tabling.draftId)}/proposals`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: signTablingRequest(tabling, endpoint.secret),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new AppError(
      'unavailable',
      'The live draft could not be reached, so the proposal was not tabled; try again in a moment.',
      'live-draft-unreachable',
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    proposalId?: unknown;
    createdAt?: unknown;
    error?: unknown;
    code?: unknown;
  };
  if (response.ok && typeof body.proposalId === 'string' && typeof body.createdAt === 'string') {
    return { proposalId: body.proposalId, createdAt: body.createdAt };
  }
  // The realtime server's own sentence (English), passed on as it is: its rules name no reason of their own.
  const reason = typeof body.error === 'string' ? body.error : `status ${response.status}`;
  // Where a rule refused, its code lets the browser say the detail in the person's language too.
  const detailCode = typeof body.code === 'string' ? body.code : undefined;
  if (response.status === 409)
    throw new AppError('conflict', `The draft did not take the proposal: ${reason}`, 'draft-refused-proposal', {
      detail: reason,
      ...(detailCode ? { detailCode } : {}),
    });
  if (response.status === 413)
    throw new AppError('too-large', `The proposal was not tabled: ${reason}`, 'proposal-not-tabled', { detail: reason });
  if (response.status === 404) throw new AppError('not-found', 'The draft no longer exists.', 'draft-gone');
  throw new AppError(
    'unavailable',
    `The live draft did not confirm the proposal (${reason}), so it was not tabled; try again in a moment.`,
    'proposal-not-confirmed',
    { detail: reason },
  );
}
