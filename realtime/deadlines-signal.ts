import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DraftDeadlines } from './draft-deadlines';
import { answerSignal, readSignedSignal } from './read-signed-signal';

const maxSignalBytes = 1_024;

/**
 * The web app's word that a draft's deadlines (set, reopened, cleared) or silence procedures (started, broken,
 * cancelled) changed: this node re-reads them now, so the facilitator's "reopened" or a new procedure's freeze is
 * in force when their page says so, not at the next one-second read. Signed with the shared secret; a replay costs
 * one read. Other nodes catch up within their own second.
 */
export function handleDeadlinesChanged(
  request: IncomingMessage,
  response: ServerResponse,
  options: {
    secret: string | undefined;
    deadlines: DraftDeadlines | null;
    loadedDrafts: () => readonly string[];
    /** Re-reads the running silence procedures (a new one freezes its paragraphs from the answer on). */
    refreshSilence?: () => Promise<void>;
  },
): void {
  readSignedSignal(request, response, { secret: options.secret, maxBytes: maxSignalBytes }, () => {
    const loaded = options.loadedDrafts();
    const deadlines = options.deadlines && loaded.length > 0 ? options.deadlines.refresh(loaded, { force: true }) : null;
    const silence = options.refreshSilence?.() ?? null;
    if (!deadlines && !silence) {
      answerSignal(response, 200, { refreshed: false });
      return;
    }
    Promise.all([deadlines, silence]).then(
      () => answerSignal(response, 200, { refreshed: true }),
      () => answerSignal(response, 500, { error: 'The draft rules could not be re-read.' }),
    );
  });
}
