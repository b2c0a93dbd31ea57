import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Our own message type beside y-websocket's (sync 0, awareness 1, auth 2, query awareness 3): the server
 * refused an update and applied none of it; the socket stays open. Its payload is a RefusalMessage as JSON.
 * Shared by the realtime server, which sends it, and the browser, which resets and replays on it.
 */
export const messageRefusal = 100;

/** What a refusal tells the sender. */
export interface RefusalMessage {
  /** The rule that refused it (integrity, paragraph-rights, proposals, budget, ownership …). */
  rule: string;
  /** The refusal's stable code (lib/realtime/refusal-codes.ts) the browser translates; `reason` is the English. */
  code?: string;
  reason: string;
  /** The paragraphs the refusal concerns, where the rules can tell; absent when it concerns the update as a whole. */
  paragraphIds?: string[];
  /**
   * The Yjs client ids the refused update wrote under. They are retired: their refused clocks never
   * arrive, so the sender continues under a new id, and a later update of theirs under one of them is refused.
   */
  clientIds: number[];
}

export function encodeRefusal(refusal: RefusalMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageRefusal);
  encoding.writeVarString(encoder, JSON.stringify(refusal));
  return encoding.toUint8Array(encoder);
}

/** Reads a refusal's payload (the message type already read); a malformed one reads as a refusal of the whole update. */
export function readRefusal(decoder: decoding.Decoder): RefusalMessage {
  try {
    const value = JSON.parse(decoding.readVarString(decoder)) as Partial<RefusalMessage>;
    return {
      rule: typeof value.rule === 'string' ? value.rule : 'unknown',
      ...(typeof value.code === 'string' ? { code: value.code } : {}),
      reason: typeof value.reason === 'string' ? value.reason : 'The server did not accept a change.',
      ...(Array.isArray(value.paragraphIds) ? { paragraphIds: value.paragraphIds.filter((id) => typeof id === 'string') } : {}),
      clientIds: Array.isArray(value.clientIds) ? value.clientIds.filter((id) => typeof id === 'number') : [],
    };
  } catch {
    return { rule: 'unknown', reason: 'The server did not accept a change.', clientIds: [] };
  }
}
