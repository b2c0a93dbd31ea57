import type { IncomingMessage, ServerResponse } from 'node:http';
import { realtimeSignalHeader, verifyRealtimeSignal } from '@/lib/auth/realtime-token';
import type { DraftDeadlines } from './draft-deadlines';

const maxSignalBytes = 1_024;

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

/**
 * The web app's word that a draft's deadlines changed (set, reopened, cleared): this node re-reads them now, so
 * the facilitator's "reopened" is in force when their page says so, not at the next one-second read. Signed with
 * the shared secret; a replay costs one read. Other nodes catch up within their own second.
 */
export function handleDeadlinesChanged(
  request: IncomingMessage,
  response: ServerResponse,
  options: { secret: string | undefined; deadlines: DraftDeadlines | null; loadedDrafts: () => readonly string[] },
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
    const loaded = options.loadedDrafts();
    if (!options.deadlines || loaded.length === 0) {
      answer(response, 200, { refreshed: false });
      return;
    }
    void options.deadlines.refresh(loaded, { force: true }).then(() => answer(response, 200, { refreshed: true }));
  });
}
