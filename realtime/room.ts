import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import type { ConnectionIdentity } from './authenticate';
import { findForbiddenChange, readEditRules, type EditRules } from './edit-policy';
import { closeCodes, createRateLimiter, type ConnectionLimits, type RateLimiter } from './guards';
import type { DraftPersistence } from './persistence';
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  messageAuth,
  messageAwareness,
  messageQueryAwareness,
  messageSync,
  syncStep1,
  syncStep2,
  syncUpdate,
} from './protocol';

export interface RoomTiming {
  /** Updates arriving within this window go out as one merged message. */
  updateBatchMs: number;
  /** Presence changes go out at most this often, one message for all of them. */
  awarenessBatchMs: number;
  saveDebounceMs: number;
  saveMaxWaitMs: number;
}

export const defaultRoomTiming: RoomTiming = {
  updateBatchMs: 25,
  awarenessBatchMs: 100,
  saveDebounceMs: 750,
  saveMaxWaitMs: 5_000,
};

export interface RoomOptions {
  draftId: string;
  persistence: DraftPersistence;
  timing: RoomTiming;
  limits: ConnectionLimits;
  log: (message: string) => void;
  /** Called when the last connection leaves. */
  onEmpty: (room: Room) => void;
}

interface Connection {
  ws: WebSocket;
  identity: ConnectionIdentity;
  rules: EditRules;
  limiter: RateLimiter;
  /** Awareness client ids this connection speaks for, removed when it leaves. */
  awarenessClients: Set<number>;
}

/** Origin of the server's own changes (none today, but kept apart from connections). */
const serverOrigin = Symbol('server');

class MalformedMessageError extends Error {}

/**
 * One draft's live document and the sockets editing it. All fan-out is
 * batched: each window's updates are merged and encoded once, and the same
 * buffer goes to every socket.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly draftId: string;
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly options: RoomOptions;

  private pendingUpdates: Uint8Array[] = [];
  private updateTimer: NodeJS.Timeout | undefined;
  private cachedFullSync: Uint8Array | undefined;
  private cachedStep1: Uint8Array | undefined;

  private readonly changedAwareness = new Set<number>();
  private readonly needFullAwareness = new Set<Connection>();
  private awarenessTimer: NodeJS.Timeout | undefined;

  private dirty = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private dirtySince = 0;
  private saveChain: Promise<void> = Promise.resolve();
  private destroyed = false;

  constructor(state: Uint8Array, options: RoomOptions) {
    this.options = options;
    this.draftId = options.draftId;
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, state, serverOrigin);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server is not a participant: it has no presence of its own to share.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array) => this.handleDocUpdate(update));
    this.awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
      for (const id of added) this.changedAwareness.add(id);
      for (const id of updated) this.changedAwareness.add(id);
      for (const id of removed) this.changedAwareness.add(id);
      this.scheduleAwareness();
    });
  }

  get size(): number {
    return this.connections.size;
  }

  addConnection(ws: WebSocket, identity: ConnectionIdentity): void {
    const connection: Connection = {
      ws,
      identity,
      rules: readEditRules(identity.role),
      limiter: createRateLimiter(this.options.limits),
      awarenessClients: new Set(),
    };
    this.connections.set(ws, connection);
    ws.on('message', (data: Buffer, isBinary: boolean) => this.handleMessage(connection, data, isBinary));
    ws.on('close', () => this.removeConnection(connection));
    ws.on('error', () => ws.terminate());
    // Read-only sockets get no step 1: they have nothing the server may take.
    if (!identity.readOnly) this.send(connection, this.readStep1());
    this.needFullAwareness.add(connection);
    this.scheduleAwareness();
  }

  private removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection.ws)) return;
    this.needFullAwareness.delete(connection);
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], connection);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  private handleMessage(connection: Connection, data: Buffer, isBinary: boolean): void {
    if (this.destroyed) return;
    if (!connection.limiter.allow(data.length)) {
      this.close(connection, closeCodes.rateLimited, 'Too many messages');
      return;
    }
    try {
      if (!isBinary) throw new MalformedMessageError('Text frames are not part of the protocol.');
      this.readMessage(connection, new Uint8Array(data.buffer, data.byteOffset, data.length));
    } catch (error) {
      // Only this socket pays for a bad message; the room carries on.
      const reason = error instanceof MalformedMessageError ? error.message : 'Malformed message';
      this.options.log(`draft ${this.draftId}: closing ${connection.identity.userId}: ${(error as Error).message}`);
      this.close(connection, closeCodes.malformed, reason);
    }
  }

  private readMessage(connection: Connection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageSync:
        this.readSyncMessage(connection, decoder);
        return;
      case messageAwareness:
        this.readAwareness(connection, decoding.readVarUint8Array(decoder));
        return;
      case messageQueryAwareness:
        this.needFullAwareness.add(connection);
        this.scheduleAwareness();
        return;
      case messageAuth:
        return;
      default:
        throw new MalformedMessageError(`Unknown message type ${type}.`);
    }
  }

  private readSyncMessage(connection: Connection, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === syncStep1) {
      this.send(connection, this.readStep2For(payload));
      return;
    }
    if (kind !== syncStep2 && kind !== syncUpdate) throw new MalformedMessageError(`Unknown sync message ${kind}.`);
    if (connection.identity.readOnly) return;
    const forbidden = findForbiddenChange(this.doc, payload, connection.rules);
    if (forbidden) {
      // The client's copy now differs from ours in a way it must not keep: tell it why and stop it from retrying.
      this.close(connection, closeCodes.forbiddenEdit, forbidden);
      return;
    }
    Y.applyUpdate(this.doc, payload, connection);
  }

  private readAwareness(connection: Connection, update: Uint8Array): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const clients: number[] = [];
    for (let i = 0; i < count; i++) {
      clients.push(decoding.readVarUint(decoder));
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    for (const id of clients) {
      if (this.awareness.getStates().has(id)) connection.awarenessClients.add(id);
      else connection.awarenessClients.delete(id);
    }
  }

  private readStep1(): Uint8Array {
    this.cachedStep1 ??= encodeSyncStep1(Y.encodeStateVector(this.doc));
    return this.cachedStep1;
  }

  /** A joiner with an empty document gets the cached full state; many join at once. */
  private readStep2For(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size === 0) {
      this.cachedFullSync ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
      return this.cachedFullSync;
    }
    return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  private handleDocUpdate(update: Uint8Array): void {
    this.cachedFullSync = undefined;
    this.cachedStep1 = undefined;
    this.pendingUpdates.push(update);
    this.updateTimer ??= setTimeout(() => this.flushUpdates(), this.options.timing.updateBatchMs);
    this.markDirty();
  }

  private flushUpdates(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    if (this.pendingUpdates.length === 0) return;
    const merged = this.pendingUpdates.length === 1 ? this.pendingUpdates[0]! : Y.mergeUpdates(this.pendingUpdates);
    this.pendingUpdates = [];
    this.broadcast(encodeUpdateMessage(merged));
  }

  private scheduleAwareness(): void {
    this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), this.options.timing.awarenessBatchMs);
  }

  private flushAwareness(): void {
    clearTimeout(this.awarenessTimer);
    this.awarenessTimer = undefined;
    if (this.needFullAwareness.size > 0) {
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) {
        const full = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
        for (const connection of this.needFullAwareness) this.send(connection, full);
      }
    }
    if (this.changedAwareness.size > 0) {
      const changed = encodeAwarenessMessage(
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.changedAwareness]),
      );
      this.changedAwareness.clear();
      // Senders get their own state back too: y-websocket treats a silent socket as dead after 30 s.
      for (const connection of this.connections.values()) {
        if (!this.needFullAwareness.has(connection)) this.send(connection, changed);
      }
    }
    this.needFullAwareness.clear();
  }

  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections.values()) this.send(connection, message);
  }

  private send(connection: Connection, message: Uint8Array): void {
    const { ws } = connection;
    if (ws.readyState !== WebSocket.OPEN) return;
    if (ws.bufferedAmount > this.options.limits.maxBufferedBytes) {
      this.close(connection, closeCodes.overloaded, 'Too far behind; reconnect to resync');
      return;
    }
    ws.send(message);
  }

  private close(connection: Connection, code: number, reason: string): void {
    const { ws } = connection;
    if (ws.readyState === WebSocket.OPEN) ws.close(code, reason.slice(0, 120));
    else ws.terminate();
    this.removeConnection(connection);
  }

  private markDirty(): void {
    const now = Date.now();
    if (!this.dirty) this.dirtySince = now;
    this.dirty = true;
    const { saveDebounceMs, saveMaxWaitMs } = this.options.timing;
    const wait = Math.max(0, Math.min(saveDebounceMs, this.dirtySince + saveMaxWaitMs - now));
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flushSave(), wait);
  }

  /** Writes the document if it changed since the last write; saves never overlap. */
  flushSave(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saveChain = this.saveChain.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.options.persistence.save(this.draftId, this.doc);
      } catch (error) {
        // Stay dirty so the next flush (or shutdown) tries again.
        this.dirty = true;
        this.options.log(`draft ${this.draftId}: save failed: ${(error as Error).message}`);
      }
    });
    return this.saveChain;
  }

  /** Sends what is pending, saves, and closes every socket (used on shutdown). */
  async shutdown(code: number = closeCodes.goingAway, reason = 'Server shutting down'): Promise<void> {
    this.flushUpdates();
    this.flushAwareness();
    await this.flushSave();
    for (const connection of [...this.connections.values()]) {
      connection.ws.close(code, reason);
      this.connections.delete(connection.ws);
    }
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.updateTimer);
    clearTimeout(this.awarenessTimer);
    clearTimeout(this.saveTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }

  get isDirty(): boolean {
    return this.dirty;
  }
}
