import type { IncomingMessage, ServerResponse } from 'node:http';
import { realtimeSignalHeader, rosterChangedPath } from '@/lib/auth/realtime-token';
import type { DraftOwner } from '@/lib/persistence/draft-persistence';
import { forwardedHeader, isForwarded } from './forward-to-owner';
import { answerSignal as answer, readSignedSignal } from './read-signed-signal';
import type { AccessScope, RoomRegistry } from './rooms';

const maxSignalBytes = 4_096;
/** Below the web app's own wait (3 s), so an answer still comes when one node is slow. */
const passOnTimeoutMs = 2_500;

export interface RosterSignalOptions {
  secret: string | undefined;
  rooms: RoomRegistry;
  log: (message: string) => void;
  /** This process, so it does not pass a signal to itself (nor to an earlier process at its address). */
  self: DraftOwner;
  /** The other processes that may hold connections: those with a lease that has not run out. */
  readLiveNodes: () => Promise<DraftOwner[]>;
}

/** What the other live nodes answered: how many connections they closed, and which could not be reached. */
interface PassedOn {
  closed: number;
  unreached: string[];
}

/**
 * The web app signals one address (a load balancer in front of several nodes picks one of them): the node that
 * gets it passes it, signed as it came and marked as passed on, to every other node holding a lease.
 */
async function passOn(text: string, signature: string, options: RosterSignalOptions): Promise<PassedOn> {
  let nodes: DraftOwner[];
  try {
    nodes = await options.readLiveNodes();
  } catch (error) {
    options.log(`roster signal: the other nodes could not be listed: ${(error as Error).message}`);
    return { closed: 0, unreached: ['(lease table unreadable)'] };
  }
  const others = new Map<string, DraftOwner>();
  for (const node of nodes) {
    if (node.nodeId !== options.self.nodeId && node.nodeUrl !== options.self.nodeUrl) others.set(node.nodeUrl, node);
  }
  const answers = await Promise.all(
    [...others.values()].map(async (node) => {
      try {
        const response = await fetch(new URL(rosterChangedPath, node.nodeUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [realtimeSignalHeader]: signature, [forwardedHeader]: options.self.nodeId },
          body: text,
          signal: AbortSignal.timeout(passOnTimeoutMs),
        });
        if (!response.ok) throw new Error(`answered ${response.status}`);
        const body = (await response.json()) as { closed?: unknown };
        return { closed: typeof body.closed === 'number' ? body.closed : 0, unreached: null };
      } catch (error) {
        // A node that does not answer re-checks its rooms at their next save; one that is gone holds no sockets.
        options.log(`roster signal: not passed on to ${node.nodeId} (${node.nodeUrl}): ${(error as Error).message}`);
        return { closed: 0, unreached: node.nodeId };
      }
    }),
  );
  return {
    closed: answers.reduce((sum, answer) => sum + answer.closed, 0),
    unreached: answers.flatMap((answer) => (answer.unreached === null ? [] : [answer.unreached])),
  };
}

function readScope(text: string): AccessScope | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!body || typeof body !== 'object') return null;
  const { negotiationId, userId } = body as Record<string, unknown>;
  if (negotiationId !== undefined && typeof negotiationId !== 'string') return null;
  if (userId !== undefined && typeof userId !== 'string') return null;
  if (negotiationId === undefined && userId === undefined) return null;
  return { ...(negotiationId !== undefined ? { negotiationId } : {}), ...(userId !== undefined ? { userId } : {}) };
}

/**
 * The web app's word that a roster or a person's standing changed: the open connections concerned are
 * checked against the roster at once, here and on every other live node, and the answer comes once they
 * are (so the caller knows access ended). Signed with the shared secret; a replayed signal only causes one
 * more check on each node.
 */
export function handleRosterChanged(request: IncomingMessage, response: ServerResponse, options: RosterSignalOptions): void {
  readSignedSignal(request, response, { secret: options.secret, maxBytes: maxSignalBytes }, (text, signature) => {
    const scope = readScope(text);
    if (!scope) {
      answer(response, 400, { error: 'A roster signal names a negotiationId, a userId, or both.' });
      return;
    }
    const passedOn: Promise<PassedOn> = isForwarded(request)
      ? Promise.resolve({ closed: 0, unreached: [] })
      : passOn(text, signature, options);
    Promise.all([options.rooms.recheckAccess(scope), passedOn]).then(
      ([closed, others]) => answer(response, 200, { closed: closed + others.closed, unreached: others.unreached }),
      (error: Error) => {
        options.log(`roster signal: ${error.message}`);
        answer(response, 500, { error: 'The open connections could not be checked.' });
      },
    );
  });
}
