import * as encoding from 'lib0/encoding';

/** y-websocket message types (first varuint of every frame). */
export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

/** y-protocols sync sub-types. */
export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

function encodeSyncMessage(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSyncMessage(syncStep1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(syncStep2, update);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(syncUpdate, update);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** y-protocols' auth message "permission denied": y-websocket clients report the reason and keep the socket. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAuth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

export { encodeRefusal, messageRefusal, readRefusal, type RefusalMessage } from '@/lib/realtime/refusal';
