import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DraftDeadlines } from './draft-deadlines';
import { answerSignal, readSignedSignal } from './read-signed-signal';

const maxSignalBytes = 1_024;

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
  readSignedSignal(request, response, { secret: options.secret, maxBytes: maxSignalBytes }, () => {
    const loaded = options.loadedDrafts();
    if (!options.deadlines || loaded.length === 0) {
      answerSignal(response, 200, { refreshed: false });
      return;
    }
    void options.deadlines.refresh(loaded, { force: true }).then(() => answerSignal(response, 200, { refreshed: true }));
  });
}
