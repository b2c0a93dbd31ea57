import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The room decodes each incoming update once and hands the result to every check; tests may pass raw bytes. */
export function readDecodedUpdate(update: Uint8Array | DecodedUpdate): DecodedUpdate {
  return update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
}
