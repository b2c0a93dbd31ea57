import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { attachAuditRecorder, type AuditRecorder } from './audit-recorder';
import type { ConnectionIdentity } from './authenticate';
import { repairDraftDoc } from '@/lib/integrity/repair-draft-doc';
import { ClientOwnership } from './client-ownership';
import { closeCodes, createRateLimiter, TokenBucket, type ConnectionLimits, type RateLimiter } from './guards';
import type { DurationHistogram } from './duration-histogram';
import { judgeUpdate, listChangedParagraphs } from './judge-update';
import type { Refusal, RuleExtras } from './rules/rule';
import { LeaseLostError, type LogBatch, type LogEntry, type StoredDraft } from '@/lib/persistence/draft-persistence';
import { codeRealtimeRefusal } from '@/lib/realtime/refusal-codes';
import type { DraftPersistence } from './persistence';
import {
  encodePermissionDenied,
  encodeAwarenessMessage,
  encodeRefusal,
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
  /** Unchanged presence (15-second keep-alives) is passed on in slower batches; clients drop peers after 30 s. */
  awarenessRenewalMs: number;
  saveDebounceMs: number;
  saveMaxWaitMs: number;
  /** A failed save is retried after this, doubling up to saveRetryMaxMs, at most saveRetries times in a row. */
  saveRetryMs: number;
  saveRetryMaxMs: number;
  saveRetries: number;
  /** How long a claimed lease lasts; it is renewed at a third of that, and the room stops accepting before it runs out. */
  leaseMs: number;
  /** A failed log append is retried after this, doubling, at most appendRetries times; then the room is given up. */
  appendRetryMs: number;
  appendRetries: number;
  /** A facilitator's typing in negotiation is recorded as one chair edit per paragraph once it pauses this long. */
  chairEditIdleMs?: number;
}

export const defaultRoomTiming: RoomTiming = {
  updateBatchMs: 25,
  awarenessBatchMs: 100,
  awarenessRenewalMs: 3_000,
  saveDebounceMs: 750,
  saveMaxWaitMs: 5_000,
  saveRetryMs: 1_000,
  saveRetryMaxMs: 60_000,
  saveRetries: 10,
  leaseMs: 10_000,
  appendRetryMs: 250,
  appendRetries: 4,
};

/** Why a room cannot save, for logs and the health endpoint. */
export interface SaveTrouble {
  draftId: string;
  failures: number;
  since: string;
  lastError: string;
  /** False once the bounded retries are spent; the next change tries again. */
  retrying: boolean;
}

export class SaveFailedError extends Error {}

export interface RoomOptions {
  draftId: string;
  persistence: DraftPersistence;
  timing: RoomTiming;
  limits: ConnectionLimits;
  log: (message: string) => void;
  /** Called when the last connection leaves. */
  onEmpty: (room: Room) => void;
  /** Called when a save begins to write changes: who is still allowed in is checked again then. */
  onSave?: (room: Room) => void;
  /** The lease this process claimed for the draft; every write is made under its epoch. */
  epoch: number;
  leaseExpiresAt: Date;
  /** Called when the room gave up (lease taken over, database unreachable): it is closed and must not be reused. */
  onAbandoned?: (room: Room) => void;
  /** Where the time each successful log append took is counted (the health endpoint reports it). */
  appendTimings?: DurationHistogram;
  /** What the rules read beyond the document (the draft's deadlines), as last read. */
  readRuleExtras?: () => RuleExtras;
  /** Paragraphs under a running silence procedure (realtime/silence-keeper.ts): nobody's update may change them. */
  readSilencedParagraphs?: () => ReadonlySet<string>;
}

/** An accepted update waiting to be made durable, with who it came from. */
interface AcceptedUpdate {
  update: Uint8Array;
  userId: string;
  delegationCode: string;
}

/** A joiner's request for the document, answered once what it will be sent is durable. */
interface WaitingSync {
  connection: Connection;
  stateVector: Uint8Array;
}

interface Connection {
  ws: WebSocket;
  identity: ConnectionIdentity;
  limiter: RateLimiter;
  writeBudget: TokenBucket;
  /** Set once the server has decided to close it: later frames are ignored, and logged once at most. */
  closing: boolean;
  toldReadOnly: boolean;
  /** Refusals a connection may draw: a browser resets and replays after one, so a stream of them is abuse. */
  refusals: TokenBucket;
  /** Awareness client ids this connection speaks for, removed when it leaves. */
  awarenessClients: Set<number>;
}

/** Origin of the server's own changes (none today, but kept apart from connections). */
const serverOrigin = Symbol('server');

/** A browser tab has one awareness id; a few allow for a document being replaced without reconnecting. */
const maxAwarenessClientsPerConnection = 4;

class MalformedMessageError extends Error {}

/** The connection a change came from; the server's own changes have another origin. */
function readConnection(origin: unknown): Connection | null {
  return origin && typeof origin === 'object' && 'identity' in origin && 'ws' in origin ? (origin as Connection) : null;
}

/** Who a change is recorded as coming from: a connection, the server acting for someone (tabling), or the system. */
function readAuthor(origin: unknown): { userId: string; delegationCode: string } {
  if (origin && typeof origin === 'object' && 'identity' in origin) {
    const { userId, delegationCode } = (origin as { identity: { userId: string; delegationCode: string } }).identity;
    return { userId, delegationCode };
  }
  return { userId: 'system', delegationCode: '' };
}

/** Consecutive updates of one author become one log row. */
function groupByAuthor(updates: AcceptedUpdate[]): AcceptedUpdate[] {
  const runs: AcceptedUpdate[][] = [];
  for (const update of updates) {
    const last = runs.at(-1);
    if (last && last[0]!.userId === update.userId && last[0]!.delegationCode === update.delegationCode) last.push(update);
    else runs.push([update]);
  }
  return runs.map((run) => (run.length === 1 ? run[0]! : { ...run[0]!, update: Y.mergeUpdates(run.map((entry) => entry.update)) }));
}

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

  /** Accepted and applied, not yet durable: nobody else has seen them. */
  private pendingUpdates: AcceptedUpdate[] = [];
  private pendingBindings: Array<[number, string]> = [];
  private pendingAudit: LogBatch['auditEvents'] = [];
  private waitingSync: WaitingSync[] = [];
  /** A batch is being written; the next one is cut when it is done. */
  private appending = false;
  private appendFailures = 0;
  private appendIdle: Array<() => void> = [];
  /** Last sequence number handed out, and the last one known to be written. */
  private seq: number;
  private durableSeq: number;
  private readonly epoch: number;
  private leaseExpiresAt: number;
  private leaseTimer: NodeJS.Timeout | undefined;
  private abandoned = false;
  private updateTimer: { cancel(): void } | undefined;
  private lastUpdateFlush = -Infinity;
  private lastAwarenessFlush = -Infinity;
  private cachedFullSync: Uint8Array | undefined;
  private cachedStep1: Uint8Array | undefined;

  private readonly changedAwareness = new Set<number>();
  private readonly renewedAwareness = new Set<number>();
  private readonly awarenessOwners = new Map<number, Connection>();
  private renewalTimer: NodeJS.Timeout | undefined;
  private readonly needFullAwareness = new Set<Connection>();
  private awarenessTimer: NodeJS.Timeout | undefined;

  private dirty = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private saveFailures = 0;
  private failingSince: Date | undefined;
  private lastSaveError = '';
  /** Encoded size of the state at the last load or save, plus what was accepted since: an upper bound, cheap to keep. */
  private stateBytes: number;
  private readonly delegationBudgets = new Map<string, TokenBucket>();
  private dirtySince = 0;
  private saveChain: Promise<void> = Promise.resolve();
  private destroyed = false;
  private readonly ownership: ClientOwnership;
  /**
   * Client ids an update was refused under, with the person who sent it: the refused clocks never arrive,
   * so nothing more from that person under those ids is taken.
   */
  private readonly retiredClients = new Map<number, string>();
  private readonly audit: AuditRecorder;
  /** People whose first change since this load is already in the audit. */
  private readonly editors = new Set<string>();

  constructor(stored: StoredDraft, options: RoomOptions) {
    this.options = options;
    this.draftId = options.draftId;
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, stored.state, serverOrigin);
    // What was accepted after the last save (possibly by a process that crashed) comes back from the log.
    for (const update of stored.updates) Y.applyUpdate(this.doc, update, serverOrigin);
    this.stateBytes = stored.state.length + stored.updates.reduce((sum, update) => sum + update.length, 0);
    this.ownership = new ClientOwnership(stored.bindings);
    this.seq = stored.lastSeq;
    this.durableSeq = stored.lastSeq;
    this.epoch = options.epoch;
    this.leaseExpiresAt = options.leaseExpiresAt.getTime();
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server is not a participant: it has no presence of its own to share.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.handleDocUpdate(update, origin));
    // Audit rows come from what the server applied, attributed to the connection that sent it.
    this.audit = attachAuditRecorder(this.doc, {
      draftId: options.draftId,
      // Audit rows go into the same log batch as the change they describe: both are written, or neither.
      onEvents: (events) => {
        this.pendingAudit.push(...events);
        this.scheduleFlush();
      },
      // A connection, or the server acting for someone (a tabled proposal carries the tabler's identity).
      readActor: (origin) => (origin && typeof origin === 'object' && 'identity' in origin ? (origin as Connection).identity : null),
      log: options.log,
      ...(options.timing.chairEditIdleMs !== undefined ? { chairEditIdleMs: options.timing.chairEditIdleMs } : {}),
    });
    this.repair('load');
    // A log tail is folded into the snapshot soon, so the plain rows catch up too.
    if (stored.updates.length > 0) this.markDirty();
    this.scheduleLeaseRenewal();
    // 'change' (a state really changed) is emitted just before 'update' (which also counts 15-second renewals).
    this.awareness.on('change', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
      for (const id of [...added, ...updated, ...removed]) this.changedAwareness.add(id);
      this.scheduleAwareness();
    });
    this.awareness.on('update', ({ updated }: Record<'updated', number[]>) => {
      for (const id of updated) if (!this.changedAwareness.has(id)) this.renewedAwareness.add(id);
      this.renewalTimer ??= setTimeout(() => this.flushRenewals(), this.options.timing.awarenessRenewalMs);
    });
  }

  /** What the rules need beyond the document and the sender (tabling judges with the same). */
  readRuleExtras(): RuleExtras {
    const extras = this.options.readRuleExtras?.() ?? {};
    const silenced = this.options.readSilencedParagraphs?.();
    return silenced ? { ...extras, silencedParagraphIds: silenced } : extras;
  }

  get size(): number {
    return this.connections.size;
  }

  addConnection(ws: WebSocket, identity: ConnectionIdentity): void {
    const { limits } = this.options;
    const connection: Connection = {
      ws,
      identity,
      limiter: createRateLimiter(limits),
      writeBudget: new TokenBucket(limits.writeBurstBytes, limits.writeBytesPerSecond),
      closing: false,
      toldReadOnly: false,
      refusals: new TokenBucket(limits.refusalBurst, limits.refusalsPerMinute / 60),
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

  /** Who is connected, one entry per socket. */
  get identities(): ConnectionIdentity[] {
    return [...this.connections.values()].map((connection) => connection.identity);
  }

  /** Closes every socket for which `decide` gives a reason, with that reason; returns how many it closed. */
  closeConnections(code: number, decide: (identity: ConnectionIdentity) => string | null): number {
    let closed = 0;
    for (const connection of [...this.connections.values()]) {
      const reason = decide(connection.identity);
      if (reason === null) continue;
      this.options.log(`draft ${this.draftId}: closing ${connection.identity.userId}: ${reason}`);
      this.close(connection, code, reason);
      closed += 1;
    }
    return closed;
  }

  private removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection.ws)) return;
    this.needFullAwareness.delete(connection);
    for (const id of connection.awarenessClients) this.awarenessOwners.delete(id);
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], connection);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  private handleMessage(connection: Connection, data: Buffer, isBinary: boolean): void {
    if (this.destroyed || connection.closing) return;
    if (!connection.limiter.allow(data.length)) {
      this.options.log(`draft ${this.draftId}: closing ${connection.identity.userId}: too many messages`);
      this.close(connection, closeCodes.rateLimited, 'Too many messages; reconnecting');
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
      // A joiner is sent only what is durable: otherwise, after a crash, it could hand the next process
      // someone else's edits under their client id and take it.
      if (this.appending || this.pendingUpdates.length > 0) {
        this.waitingSync.push({ connection, stateVector: payload });
        this.scheduleFlush();
      } else {
        this.send(connection, this.readStep2For(payload));
      }
      return;
    }
    if (kind !== syncStep2 && kind !== syncUpdate) throw new MalformedMessageError(`Unknown sync message ${kind}.`);
    if (connection.identity.readOnly) {
      this.tellReadOnly(connection);
      return;
    }
    if (Date.now() > this.leaseExpiresAt - this.options.timing.leaseMs / 4) {
      // Not renewed in time: another process may own the draft by now, so nothing more is accepted here.
      this.abandon(closeCodes.overloaded, 'The server lost contact with its database; reconnecting');
      return;
    }
    // Decoded once: every check below reads the same structs.
    const decoded = Y.decodeUpdate(payload);
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    const newClients = this.ownership.readNewClients(this.doc, decoded);
    const { userId } = connection.identity;
    if (newClients.some((client) => this.retiredClients.get(client) === userId)) {
      // The tail of an update refused earlier (sent before its sender read the refusal): that sender
      // starts again under a new client id, so this is told, never counted as abuse, and changes nothing.
      this.refuse(connection, newClients, {
        rule: 'integrity',
        reason: 'The update continues changes the server refused; they are sent again under a new client id.',
      });
      return;
    }
    const refusal = judgeUpdate(this.doc, decoded, connection.identity, this.readRuleExtras());
    const foreign = refusal ? null : this.ownership.findForeignClient(this.doc, decoded, userId);
    const overBudget = refusal || foreign ? null : this.findOverBudget(connection, decoded, payload.length);
    const verdict =
      refusal ??
      (foreign ? { rule: 'ownership', reason: foreign } : null) ??
      (overBudget ? { rule: 'budget', reason: overBudget, paragraphIds: listChangedParagraphs(this.doc, decoded) } : null);
    if (verdict) {
      if (!connection.refusals.take()) {
        // A client that keeps sending what is refused is not one that resets and replays: stop it.
        this.options.log(`draft ${this.draftId}: closing ${connection.identity.userId}: too many refused updates`);
        this.close(connection, closeCodes.forbiddenEdit, `Too many refused changes (last: ${verdict.reason})`);
        return;
      }
      // Only the sender's own ids (or free ones) are retired: a forged update under someone else's id costs them nothing.
      for (const client of newClients) {
        const owner = this.ownership.readOwner(client);
        if (owner === undefined || owner === userId) this.retiredClients.set(client, userId);
      }
      this.refuse(connection, newClients, verdict);
      return;
    }
    for (const client of this.ownership.bind(this.doc, decoded, connection.identity.userId)) {
      this.pendingBindings.push([client, connection.identity.userId]);
    }
    Y.applyUpdate(this.doc, payload, connection);
    this.stateBytes += payload.length;
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
      // Nothing judged may wait to be applied later; the integrity check should make this unreachable.
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      this.close(connection, closeCodes.forbiddenEdit, 'The update could not be applied completely.');
    }
  }

  /**
   * Tells the sender that nothing of its update was applied, and why; the socket stays open, so what the
   * sender has beside it (other paragraphs, later typing under a new client id) still reaches the room.
   */
  private refuse(connection: Connection, clientIds: number[], verdict: Refusal): void {
    const { rule, reason, paragraphIds } = verdict;
    this.options.log(
      `draft ${this.draftId}: refused an update from ${connection.identity.userId} (${rule}${paragraphIds ? `; ${paragraphIds.join(', ')}` : ''}): ${reason}`,
    );
    const code = codeRealtimeRefusal(rule, reason);
    this.send(connection, encodeRefusal({ rule, code, reason, ...(paragraphIds ? { paragraphIds } : {}), clientIds }));
  }

  /**
   * Bounded growth: a draft has a size cap (past it only deletions pass), and
   * each connection and each delegation a write budget, so one writer cannot
   * fill the database or slow the room for everyone.
   */
  private findOverBudget(connection: Connection, decoded: ReturnType<typeof Y.decodeUpdate>, bytes: number): string | null {
    if (decoded.structs.length === 0) return null;
    const { limits } = this.options;
    if (this.stateBytes + bytes > limits.maxDraftBytes) {
      return `This draft has reached its size limit (${Math.round(limits.maxDraftBytes / 1024 / 1024)} MB): only deletions are accepted.`;
    }
    const code = connection.identity.delegationCode;
    let shared = this.delegationBudgets.get(code);
    if (!shared) {
      shared = new TokenBucket(limits.delegationWriteBurstBytes, limits.delegationWriteBytesPerSecond);
      this.delegationBudgets.set(code, shared);
    }
    const now = performance.now();
    if (!connection.writeBudget.take(Math.min(bytes, limits.writeBurstBytes), now)) {
      return 'You are adding text faster than the draft accepts; wait a moment and try again.';
    }
    if (!shared.take(Math.min(bytes, limits.delegationWriteBurstBytes), now)) {
      return 'Your delegation is adding text faster than the draft accepts; wait a moment and try again.';
    }
    return null;
  }

  /** A read-only socket that sends changes is told once why nothing it sends is kept, in y-websocket's own words. */
  private tellReadOnly(connection: Connection): void {
    if (connection.toldReadOnly) return;
    connection.toldReadOnly = true;
    this.send(connection, encodePermissionDenied('You can read this draft but not change it.'));
  }

  /**
   * y-websocket clients send back every presence change they receive, so with
   * N people each change returns N times. Entries for client ids that belong
   * to another connection are skipped without being parsed; a connection may
   * only speak for the ids it introduced.
   */
  private readAwareness(connection: Connection, update: Uint8Array): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const kept: { client: number; clock: number; state: Uint8Array }[] = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarUint8Array(decoder);
      const owner = this.awarenessOwners.get(client);
      if (owner === connection) {
        kept.push({ client, clock, state });
      } else if (!owner && !this.isNullState(state) && connection.awarenessClients.size < maxAwarenessClientsPerConnection) {
        this.awarenessOwners.set(client, connection);
        connection.awarenessClients.add(client);
        kept.push({ client, clock, state });
      }
    }
    if (kept.length === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kept.length);
    for (const entry of kept) {
      encoding.writeVarUint(encoder, entry.client);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarUint8Array(encoder, this.stampIdentity(connection, entry.state));
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encoding.toUint8Array(encoder), connection);
  }

  /**
   * Who someone is in the presence list comes from their ticket, not from what
   * their browser says: name, role and delegation are overwritten here.
   */
  private stampIdentity(connection: Connection, state: Uint8Array): Uint8Array {
    const { identity } = connection;
    if (this.isNullState(state) || identity.userName === undefined) return state;
    try {
      const parsed = JSON.parse(new TextDecoder().decode(state)) as Record<string, unknown> | null;
      if (!parsed || typeof parsed !== 'object') return state;
      const user = (typeof parsed.user === 'object' && parsed.user ? parsed.user : {}) as Record<string, unknown>;
      const delegation = (typeof user.delegation === 'object' && user.delegation ? user.delegation : {}) as Record<string, unknown>;
      const colour = identity.delegationColour;
      parsed.user = {
        ...user,
        name: identity.userName,
        role: identity.role,
        ...(colour ? { color: colour, colour } : {}),
        delegation: {
          ...delegation,
          code: identity.delegationCode,
          name: identity.delegationName ?? identity.delegationCode,
          ...(colour ? { colour } : {}),
        },
      };
      return new TextEncoder().encode(JSON.stringify(parsed));
    } catch {
      return state;
    }
  }

  private isNullState(state: Uint8Array): boolean {
    return state.length === 4 && state[0] === 110 && state[1] === 117 && state[2] === 108 && state[3] === 108;
  }

  private flushRenewals(): void {
    this.renewalTimer = undefined;
    const renewed = [...this.renewedAwareness].filter((id) => this.awareness.getStates().has(id));
    this.renewedAwareness.clear();
    if (renewed.length === 0) return;
    this.broadcast(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, renewed)));
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

  private handleDocUpdate(update: Uint8Array, origin: unknown): void {
    const author = readConnection(origin);
    if (author) this.noteEditor(author.identity);
    this.cachedFullSync = undefined;
    this.cachedStep1 = undefined;
    this.pendingUpdates.push({ update, ...readAuthor(origin) });
    this.scheduleFlush();
    this.markDirty();
  }

  private scheduleFlush(): void {
    if (this.destroyed) return;
    if (!this.updateTimer) {
      // Leading edge: a lone keystroke goes out at once (after this I/O turn, to merge a burst read together);
      // only updates arriving while the last batch is recent wait for the window to end.
      const wait = this.lastUpdateFlush + this.options.timing.updateBatchMs - performance.now();
      if (wait <= 0) {
        const immediate = setImmediate(() => this.flushUpdates());
        this.updateTimer = { cancel: () => clearImmediate(immediate) };
      } else {
        const timeout = setTimeout(() => this.flushUpdates(), wait);
        this.updateTimer = { cancel: () => clearTimeout(timeout) };
      }
    }
  }

  /**
   * Only what the server applied counts, attributed to the ticket that sent it: whether anyone but its
   * creator ever changed a draft decides whether it may still be deleted.
   */
  private noteEditor(identity: ConnectionIdentity): void {
    if (this.editors.has(identity.userId)) return;
    this.editors.add(identity.userId);
    this.audit.record({
      actorId: identity.userId,
      delegationCode: identity.delegationCode,
      action: 'draft.edit',
      target: 'draft',
      detail: JSON.stringify({ role: identity.role }),
    });
  }

  /**
   * Cuts a batch of everything accepted since the last one, writes it to the log under this
   * process's epoch, and only then sends it to everyone (and answers joiners who waited): what
   * anyone has seen is durable, with who sent it. One batch is written at a time.
   */
  private flushUpdates(): void {
    this.clearUpdateTimer();
    if (this.appending || this.destroyed) return;
    if (this.pendingUpdates.length === 0 && this.pendingAudit.length === 0 && this.waitingSync.length === 0) {
      this.settleAppends();
      return;
    }
    this.lastUpdateFlush = performance.now();
    const updates = this.pendingUpdates;
    this.pendingUpdates = [];
    const runs = groupByAuthor(updates);
    const entries: LogEntry[] = runs.map((run) => ({ ...run, seq: ++this.seq }));
    const batch: LogBatch = { entries, bindings: this.pendingBindings, auditEvents: this.pendingAudit };
    this.pendingBindings = [];
    this.pendingAudit = [];
    // One author in the window (the usual case) was merged once already, for the log.
    const merged = runs.length === 0 ? null : runs.length === 1 ? runs[0]!.update : Y.mergeUpdates(runs.map((run) => run.update));
    // Encoded now, from exactly what this batch and the ones before it hold.
    const replies = this.waitingSync.map(({ connection, stateVector }) => ({ connection, reply: this.readStep2For(stateVector) }));
    this.waitingSync = [];
    this.appending = true;
    void this.writeBatch(batch).then((written) => {
      this.appending = false;
      if (!written || this.destroyed) return;
      this.durableSeq = entries.at(-1)?.seq ?? this.durableSeq;
      if (merged) this.broadcast(encodeUpdateMessage(merged));
      for (const { connection, reply } of replies) if (this.connections.has(connection.ws)) this.send(connection, reply);
      if (this.pendingUpdates.length > 0 || this.pendingAudit.length > 0 || this.waitingSync.length > 0) this.scheduleFlush();
      else this.settleAppends();
    });
  }

  /** Writes a batch, retrying a failed write a few times; gives the room up when it cannot. */
  private async writeBatch(batch: LogBatch): Promise<boolean> {
    if (batch.entries.length === 0 && batch.bindings.length === 0 && batch.auditEvents.length === 0) return true;
    const { appendRetryMs, appendRetries } = this.options.timing;
    for (;;) {
      try {
        const started = performance.now();
        await this.options.persistence.append(this.draftId, this.epoch, batch);
        this.options.appendTimings?.add(performance.now() - started);
        this.appendFailures = 0;
        return true;
      } catch (error) {
        if (this.destroyed) return false;
        if (error instanceof LeaseLostError) {
          this.options.log(`draft ${this.draftId}: ${error.message} Closing this copy.`);
          this.abandon(closeCodes.moved, 'This draft moved to another server; reconnecting');
          return false;
        }
        this.appendFailures += 1;
        this.options.log(`draft ${this.draftId}: log write failed (attempt ${this.appendFailures}): ${(error as Error).message}`);
        if (this.appendFailures > appendRetries) {
          // Nobody but their authors has these changes; the authors' browsers send them again on reconnecting.
          this.abandon(closeCodes.overloaded, 'The server could not record changes; reconnecting');
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, appendRetryMs * 2 ** (this.appendFailures - 1)));
      }
    }
  }

  private settleAppends(): void {
    for (const resolve of this.appendIdle.splice(0)) resolve();
  }

  /** Resolves once everything accepted so far is in the log (or the room was given up). */
  whenDurable(): Promise<void> {
    // A flush (before a revision) or a shutdown must not wait for the chair to pause: its edits go in now.
    if (!this.destroyed) this.audit.flush();
    if (this.destroyed || (!this.appending && this.pendingUpdates.length === 0 && this.pendingAudit.length === 0)) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.appendIdle.push(resolve);
      this.scheduleFlush();
    });
  }

  private scheduleLeaseRenewal(): void {
    const { leaseMs } = this.options.timing;
    this.leaseTimer = setTimeout(() => void this.renewLease(), leaseMs / 3);
    this.leaseTimer.unref();
  }

  private async renewLease(): Promise<void> {
    if (this.destroyed) return;
    try {
      const lease = await this.options.persistence.renew(this.draftId, this.epoch, this.options.timing.leaseMs);
      this.leaseExpiresAt = lease.expiresAt.getTime();
    } catch (error) {
      if (this.destroyed) return;
      if (error instanceof LeaseLostError) {
        this.options.log(`draft ${this.draftId}: ${error.message} Closing this copy.`);
        this.abandon(closeCodes.moved, 'This draft moved to another server; reconnecting');
        return;
      }
      this.options.log(`draft ${this.draftId}: lease renewal failed: ${(error as Error).message}`);
      if (Date.now() > this.leaseExpiresAt - this.options.timing.leaseMs / 4) {
        this.abandon(closeCodes.overloaded, 'The server lost contact with its database; reconnecting');
        return;
      }
    }
    this.scheduleLeaseRenewal();
  }

  /**
   * Gives the room up without writing anything more: another process owns the draft now, or
   * this one cannot record changes. Clients reconnect and resync with whoever serves it next.
   */
  abandon(code: number, reason: string): void {
    if (this.abandoned) return;
    this.abandoned = true;
    this.options.log(`draft ${this.draftId}: closing every connection: ${reason}`);
    for (const connection of [...this.connections.values()]) {
      connection.closing = true;
      if (connection.ws.readyState === WebSocket.OPEN) connection.ws.close(code, reason.slice(0, 120));
      else connection.ws.terminate();
      this.connections.delete(connection.ws);
    }
    this.destroy();
    this.options.onAbandoned?.(this);
  }

  get isAbandoned(): boolean {
    return this.abandoned;
  }

  /** Lets another process take the draft at once; called after the last save when the room is dropped. */
  async releaseLease(): Promise<void> {
    await this.options.persistence.release(this.draftId, this.epoch).catch((error: Error) => {
      this.options.log(`draft ${this.draftId}: lease release failed: ${error.message}`);
    });
  }

  private clearUpdateTimer(): void {
    this.updateTimer?.cancel();
    this.updateTimer = undefined;
  }

  private scheduleAwareness(): void {
    if (this.awarenessTimer) return;
    const wait = Math.max(0, this.lastAwarenessFlush + this.options.timing.awarenessBatchMs - performance.now());
    this.awarenessTimer = setTimeout(() => this.flushAwareness(), wait);
  }

  private flushAwareness(): void {
    clearTimeout(this.awarenessTimer);
    this.awarenessTimer = undefined;
    this.lastAwarenessFlush = performance.now();
    if (this.needFullAwareness.size > 0) {
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) {
        const full = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
        for (const connection of this.needFullAwareness) this.send(connection, full);
      }
    }
    if (this.changedAwareness.size > 0) {
      const changed = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.changedAwareness]));
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
    connection.closing = true;
    if (ws.readyState === WebSocket.OPEN) {
      ws.close(code, reason.slice(0, 120));
      // A client that keeps flooding never answers the close handshake; do not wait for it.
      setTimeout(() => ws.terminate(), 2_000).unref();
    } else {
      ws.terminate();
    }
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

  /**
   * Writes the document if it changed since the last write; saves never
   * overlap. Rejects with SaveFailedError when the write failed, so a caller
   * that needs the rows current (a revision) never goes on with stale ones.
   * Failures are retried with backoff, a bounded number of times in a row,
   * and reported (log, health).
   */
  flushSave(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const attempt = this.saveChain.then(async () => {
      if (!this.dirty || this.destroyed) return;
      this.dirty = false;
      this.options.onSave?.(this);
      try {
        this.repair('save');
        // Everything logged so far is in the state written now; those log rows go with this save.
        await this.options.persistence.save(this.draftId, this.doc, { epoch: this.epoch, throughSeq: this.durableSeq });
        this.stateBytes = Y.encodeStateAsUpdate(this.doc).length;
        if (this.saveFailures > 0) this.options.log(`draft ${this.draftId}: saved again after ${this.saveFailures} failed attempts`);
        this.saveFailures = 0;
        this.failingSince = undefined;
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.abandon(closeCodes.moved, 'This draft moved to another server; reconnecting');
          throw new SaveFailedError(`Draft ${this.draftId} could not be saved: ${error.message}`);
        }
        this.dirty = true;
        this.saveFailures += 1;
        this.failingSince ??= new Date();
        this.lastSaveError = (error as Error).message;
        const { saveRetryMs, saveRetryMaxMs, saveRetries } = this.options.timing;
        const retrying = this.saveFailures <= saveRetries;
        this.options.log(
          `draft ${this.draftId}: save failed (attempt ${this.saveFailures}${retrying ? '' : ', retries spent until the next change'}): ${this.lastSaveError}`,
        );
        if (retrying && !this.destroyed) {
          const wait = Math.min(saveRetryMaxMs, saveRetryMs * 2 ** (this.saveFailures - 1));
          this.saveTimer = setTimeout(() => void this.flushSave().catch(() => undefined), wait);
        }
        throw new SaveFailedError(`Draft ${this.draftId} could not be saved: ${this.lastSaveError}`);
      }
    });
    // The chain itself never rejects: the next save runs whatever happened to this one.
    this.saveChain = attempt.catch(() => undefined);
    return attempt;
  }

  /** Null while saves succeed. */
  readSaveTrouble(): SaveTrouble | null {
    if (this.saveFailures === 0) return null;
    return {
      draftId: this.draftId,
      failures: this.saveFailures,
      since: (this.failingSince ?? new Date()).toISOString(),
      lastError: this.lastSaveError,
      retrying: this.saveFailures <= this.options.timing.saveRetries,
    };
  }

  /**
   * Brings the document back to what the editor and the model allow, as Yjs
   * operations that every open or offline copy converges on, and audits what
   * was changed. Runs when the room loads (drafts stored before a rule
   * existed) and before each save, so a broken state is never written over a
   * good one.
   */
  private repair(when: 'load' | 'save'): void {
    if (repairDraftDoc(this.doc, { fix: false }).length === 0) return;
    let notes: string[] = [];
    this.doc.transact(() => {
      notes = repairDraftDoc(this.doc, { fix: true });
    }, serverOrigin);
    this.options.log(
      `draft ${this.draftId}: repaired on ${when}: ${notes.slice(0, 5).join('; ')}${notes.length > 5 ? ` (+${notes.length - 5})` : ''}`,
    );
    this.audit.record({
      actorId: 'system',
      delegationCode: '',
      action: 'draft.repair',
      target: 'draft',
      detail: JSON.stringify({ when, repairs: notes.slice(0, 200), total: notes.length }),
    });
  }

  /** Sends what is pending, saves, and closes every socket (used on shutdown). */
  async shutdown(code: number = closeCodes.goingAway, reason = 'Server shutting down'): Promise<void> {
    await this.whenDurable();
    this.flushAwareness();
    await this.flushSave().catch(() => undefined);
    if (!this.abandoned) await this.releaseLease();
    for (const connection of [...this.connections.values()]) {
      connection.ws.close(code, reason);
      this.connections.delete(connection.ws);
    }
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearUpdateTimer();
    clearTimeout(this.awarenessTimer);
    clearTimeout(this.renewalTimer);
    clearTimeout(this.saveTimer);
    clearTimeout(this.leaseTimer);
    this.settleAppends();
    this.awareness.destroy();
    this.audit.destroy();
    this.doc.destroy();
  }

  get isDirty(): boolean {
    return this.dirty;
  }
}
