import * as Y from 'yjs';
import { paragraphKeys, replayLocalChanges } from '@/lib/draft';
import type { RefusalMessage } from '@/lib/realtime/refusal';
import { codeRealtimeRefusal } from '@/lib/realtime/refusal-codes';
import type { DraftConnection } from './draft-connection';

/** A change the server refused, kept on the person's screen with why: nothing they typed goes silently. */
export interface RefusedChange {
  /** Unique per notice (a paragraph can be refused twice). */
  key: string;
  paragraphId: string;
  /** The paragraph's text as the person had it (empty for a refused deletion). */
  text: string;
  deleted: boolean;
  /** The server's English sentence. */
  reason: string;
  /** Its stable code (lib/realtime/refusal-codes.ts), which the room says in the person's language. */
  code: string;
}

type Why = Pick<RefusedChange, 'reason' | 'code'>;
const frozenSinceRefusal: Why = { reason: 'This paragraph is frozen.', code: 'paragraph-frozen' };

/**
 * After a refusal: the copy that was refused is taken off the connection (it can never send under its
 * client id again), the room starts a fresh copy from the server's state, and once that is synced the
 * refused copy's other changes are replayed onto it. One path for a refusal of live typing and of the
 * sync after a reconnect (offline edits): both arrive as a refusal message.
 */
export interface RefusalRecovery {
  /** Takes over the refused copy from the connection (which stops at once); the room then starts a fresh one. */
  noteRefusal(connection: DraftConnection, refusal: RefusalMessage): void;
  /** Whether a refused copy waits to be replayed. */
  readonly pending: boolean;
  /**
   * Replays onto a freshly synced copy what the refused one changed, except the paragraphs refused
   * (and those frozen since, for someone who may not edit them); returns what was held back.
   */
  replayOnto(doc: Y.Doc): RefusedChange[];
  destroy(): void;
}

/** Resets in a row within this window past this count mean the replay itself is refused: everything is held back. */
const resetWindowMs = 60_000;
const maxResetsInWindow = 4;
/** Origin of replayed changes: not the person's typing, so not on their undo stack. */
export const replayOrigin = { source: 'refusal-replay' } as const;

let nextKey = 1;

export function createRefusalRecovery(options: { editFrozen: boolean }): RefusalRecovery {
  let local: Y.Doc | null = null;
  let taken: DraftConnection | null = null;
  /** Paragraph id → why it was refused; '*' when a refusal named none and the replay must hold everything back. */
  let reasons = new Map<string, Why>();
  let holdAll: Why | null = null;
  const resets: number[] = [];

  return {
    noteRefusal(connection, refusal) {
      const now = Date.now();
      if (taken !== connection) {
        // The tail of the same socket's refusals never gets here: releasing the document closes it.
        taken = connection;
        local?.destroy();
        local = connection.releaseDoc();
        resets.push(now);
      }
      while (resets.length > 0 && resets[0]! < now - resetWindowMs) resets.shift();
      const why: Why = { reason: refusal.reason, code: refusal.code ?? codeRealtimeRefusal(refusal.rule, refusal.reason) };
      for (const id of refusal.paragraphIds ?? []) reasons.set(id, why);
      if (resets.length > maxResetsInWindow) holdAll = why;
    },
    get pending() {
      return local !== null;
    },
    replayOnto(doc) {
      if (!local) return [];
      const why = reasons;
      const everything = holdAll;
      const { heldBack } = replayLocalChanges(
        local,
        doc,
        (id, paragraph) =>
          everything !== null ||
          why.has(id) ||
          (!options.editFrozen && paragraph instanceof Y.Map && paragraph.get(paragraphKeys.frozen) === true),
        replayOrigin,
      );
      local.destroy();
      local = null;
      reasons = new Map();
      holdAll = null;
      return heldBack.map((change) => ({
        ...change,
        key: `refused-${nextKey++}`,
        ...(everything ?? why.get(change.paragraphId) ?? frozenSinceRefusal),
      }));
    },
    destroy() {
      local?.destroy();
      local = null;
    },
  };
}
