import type { IncomingMessage, ServerResponse } from 'node:http';
import { realtimeSignalHeader, verifyRealtimeSignal } from '@/lib/auth/realtime-token';
import type { AccessScope, RoomRegistry } from './rooms';

const maxSignalBytes = 4_096;

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
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
 * checked against the roster at once, and the answer comes once they are (so the caller knows access ended).
 * Signed with the shared secret; a replayed signal only causes one more check.
 */
export function handleRosterChanged(
  request: IncomingMessage,
  response: ServerResponse,
  options: { secret: string | undefined; rooms: RoomRegistry; log: (message: string) => void },
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxSignalBytes) {
      answer(response, 413, { error: 'Signal too large.' });
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    if (response.headersSent) return;
    const text = Buffer.concat(chunks).toString('utf8');
    const signature = request.headers[realtimeSignalHeader];
    if (!options.secret || typeof signature !== 'string' || !verifyRealtimeSignal(text, signature, options.secret)) {
      answer(response, 401, { error: 'Bad signal signature.' });
      return;
    }
    const scope = readScope(text);
    if (!scope) {
      answer(response, 400, { error: 'A roster signal names a negotiationId, a userId, or both.' });
      return;
    }
    options.rooms.recheckAccess(scope).then(
      (closed) => answer(response, 200, { closed }),
      (error: Error) => {
        options.log(`roster signal: ${error.message}`);
        answer(response, 500, { error: 'The open connections could not be checked.' });
      },
    );
  });
}
