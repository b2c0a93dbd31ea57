import type { WebSocket } from 'ws';
import type { ConnectionIdentity } from './authenticate';
import { closeCodes, type ConnectionLimits } from './guards';
import { archivedDraftReason, describeLostAccess, judgeStanding, type MembershipChecker } from './membership';
import type { DraftOwner } from '@/lib/persistence/draft-persistence';
import type { DraftPersistence } from './persistence';
import type { DraftDeadlines } from './draft-deadlines';
import { DurationHistogram } from './duration-histogram';
import { Room, type RoomTiming, type SaveTrouble } from './room';

export class DraftNotFoundError extends Error {}

/** Another live process holds the draft's lease: requests for it go there. */
export class DraftOwnedElsewhereError extends Error {
  constructor(
    draftId: string,
    readonly holder: DraftOwner,
  ) {
    super(`Draft ${draftId} is open on another realtime server (${holder.nodeId}).`);
  }
}

/** A draft is held elsewhere by a live process whose answer could not be had in time: try again shortly. */
export class DraftOwnerUnsureError extends Error {
  constructor(draftId: string, holder: DraftOwner) {
    super(`Draft ${draftId} is held by ${holder.nodeId}, which does not answer just now; try again shortly.`);
  }
}

/**
 * Whether the process that holds a lease is still there: 'alive' (its /health names it), 'gone' (nothing listens
 * at its address, or another process does: a restarted one), or 'unknown' (no answer in time: it may be paused,
 * overloaded or cut off, so only the lease running out decides).
 */
export type OwnerProbe = (holder: DraftOwner) => Promise<'alive' | 'gone' | 'unknown'>;

export function createHealthProbe(timeoutMs = 1_000): OwnerProbe {
  return async (holder) => {
    let url: URL;
    try {
      url = new URL('/health', holder.nodeUrl);
    } catch {
      // Not a realtime process (the web app folding a log names none).
      return 'gone';
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED' ? 'gone' : 'unknown';
    }
    try {
      const body = (await response.json()) as { nodeId?: unknown };
      return body.nodeId === holder.nodeId ? 'alive' : 'gone';
    } catch {
      return 'unknown';
    }
  };
}

export interface RoomRegistryOptions {
  persistence: DraftPersistence;
  timing: RoomTiming;
  limits: ConnectionLimits;
  log: (message: string) => void;
  /** Null only where there is no roster (tests and the benchmark): tickets are then taken at their word. */
  membership: MembershipChecker | null;
  /** This process, as the lease names it. */
  owner: DraftOwner;
  probeOwner: OwnerProbe;
  /** The drafts' proposal deadlines; null where none are enforced (tests of other concerns, the benchmark). */
  deadlines?: DraftDeadlines | null;
  /** The paragraphs a running silence procedure freezes in a draft (the silence keeper's reader). */
  readSilencedParagraphs?: (draftId: string) => ReadonlySet<string>;
}

/** Which open connections a roster change may concern; none given: all of them. */
export interface AccessScope {
  negotiationId?: string;
  userId?: string;
}

/**
 * The rooms this process holds. A room is loaded on first join (joiners
 * arriving during the load share it) and written and dropped when the last
 * connection leaves, so another process could serve the draft next.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** How long this process's log appends took, over every room it held since it started. */
  readonly appendTimings = new DurationHistogram();

  constructor(private readonly options: RoomRegistryOptions) {}

  get loadedDrafts(): string[] {
    return [...this.rooms.keys()];
  }

  async join(draftId: string, ws: WebSocket, identity: ConnectionIdentity): Promise<void> {
    const room = await this.open(draftId);
    room.addConnection(ws, identity);
  }

  /** Loads (or returns) a draft's room; throws DraftNotFoundError when the store has no such draft. */
  open(draftId: string): Promise<Room> {
    let pending = this.rooms.get(draftId);
    if (!pending) {
      pending = this.load(draftId);
      this.rooms.set(draftId, pending);
      pending.catch(() => this.rooms.delete(draftId));
    }
    return pending;
  }

  /**
   * Claims the draft's lease. A holder that no longer answers (crashed, paused, restarted) is
   * taken over at once: the raised epoch fences whatever it might still try to write.
   */
  private async claim(draftId: string): Promise<{ epoch: number; expiresAt: Date }> {
    const { persistence, owner, timing } = this.options;
    let claim = await persistence.claim(draftId, owner, timing.leaseMs);
    if (!claim) throw new DraftNotFoundError(`Draft ${draftId} does not exist.`);
    if (!claim.granted) {
      const { holder } = claim;
      const standing = await this.options.probeOwner(holder);
      if (standing === 'alive') throw new DraftOwnedElsewhereError(draftId, holder);
      // A slow answer is not a dead owner: taking over from a live one would send its clients back and forth.
      if (standing === 'unknown') throw new DraftOwnerUnsureError(draftId, holder);
      this.options.log(`draft ${draftId}: taking over from ${holder.nodeId}, which is gone`);
      claim = await persistence.claim(draftId, owner, timing.leaseMs, { force: true });
      if (!claim?.granted) throw new DraftNotFoundError(`Draft ${draftId} does not exist.`);
    }
    return claim;
  }

  private async load(draftId: string): Promise<Room> {
    // Read before the lease is claimed: a room never takes an update without its deadlines known.
    const { deadlines } = this.options;
    await deadlines?.load(draftId);
    const lease = await this.claim(draftId);
    const stored = await this.options.persistence.load(draftId);
    if (!stored) throw new DraftNotFoundError(`Draft ${draftId} does not exist.`);
    return new Room(stored, {
      readRuleExtras: () => {
        const context = deadlines?.readContext(draftId);
        return context ? { deadlines: context } : {};
      },
      epoch: lease.epoch,
      leaseExpiresAt: lease.expiresAt,
      onAbandoned: (room) => void this.forget(room),
      draftId,
      persistence: this.options.persistence,
      timing: this.options.timing,
      limits: this.options.limits,
      log: this.options.log,
      onEmpty: (room) => void this.release(room),
      onSave: (room) => void this.recheckRoom(room, {}),
      appendTimings: this.appendTimings,
      ...(this.options.readSilencedParagraphs ? { readSilencedParagraphs: () => this.options.readSilencedParagraphs!(draftId) } : {}),
    });
  }

  private async release(room: Room): Promise<void> {
    // A failure is logged and retried by the room itself; it stays loaded below until a save succeeds.
    await room.flushSave().catch(() => undefined);
    // Someone may have joined while we were writing; then the room stays.
    if (room.size > 0 || (await this.rooms.get(room.draftId)) !== room) return;
    if (room.isDirty) {
      // The write failed; keep the room (and its text) and try again a little later.
      setTimeout(() => void this.release(room), 5_000).unref();
      return;
    }
    this.rooms.delete(room.draftId);
    room.destroy();
    await room.releaseLease();
  }

  private async forget(room: Room): Promise<void> {
    if ((await this.rooms.get(room.draftId)?.catch(() => null)) === room) this.rooms.delete(room.draftId);
  }

  /** Drops a room opened for a request (a flush, a tabling) once nobody is connected to it. */
  releaseIfIdle(draftId: string): void {
    const pending = this.rooms.get(draftId);
    pending?.then(
      (room) => {
        if (room.size === 0) void this.release(room);
      },
      () => undefined,
    );
  }

  /** Writes a loaded draft now, so a revision issued right after typing includes the last keystrokes. */
  async flush(draftId: string): Promise<void> {
    // Not open here: opening it folds in any log a crashed process left, so the rows are current too.
    const room = await this.open(draftId);
    await room.whenDurable();
    await room.flushSave();
  }

  /**
   * Checks the people connected in scope against the roster now and closes, with the reason, the sockets
   * of those removed, deactivated or holding another role: one roster read per room. Returns how many closed.
   */
  async recheckAccess(scope: AccessScope): Promise<number> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    const closed = await Promise.all(rooms.map((result) => (result.status === 'fulfilled' ? this.recheckRoom(result.value, scope) : 0)));
    return closed.reduce((sum, count) => sum + count, 0);
  }

  private async recheckRoom(room: Room, scope: AccessScope): Promise<number> {
    const { membership } = this.options;
    if (!membership) return 0;
    const concerned = room.identities.filter(
      (identity) =>
        (scope.negotiationId === undefined || identity.negotiationId === scope.negotiationId) &&
        (scope.userId === undefined || identity.userId === scope.userId),
    );
    // Every ticket admitted to a room names the draft's negotiation (checked at the upgrade).
    const negotiationId = concerned[0]?.negotiationId;
    if (negotiationId === undefined) return 0;
    const asked = new Set(concerned.map((identity) => identity.userId));
    let standings: Awaited<ReturnType<MembershipChecker['readStandings']>>;
    let archived = false;
    try {
      const [draft, read] = await Promise.all([
        membership.readDraftNegotiation(room.draftId),
        membership.readStandings(negotiationId, [...asked]),
      ]);
      standings = read;
      archived = draft?.archived === true;
    } catch (error) {
      // Nobody is closed on a failed read; the next save or signal checks again.
      this.options.log(`draft ${room.draftId}: roster check failed: ${(error as Error).message}`);
      return 0;
    }
    return room.closeConnections(closeCodes.accessChanged, (identity) => {
      // Someone who joined during the read was checked at their own upgrade.
      if (identity.negotiationId !== negotiationId || !asked.has(identity.userId)) return null;
      const loss = judgeStanding(identity.role, standings.get(identity.userId));
      if (loss) return describeLostAccess(loss);
      return archived && !identity.readOnly ? archivedDraftReason : null;
    });
  }

  /** Rooms whose last save failed, for the health endpoint. */
  async readSaveTroubles(): Promise<SaveTrouble[]> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    const troubles: SaveTrouble[] = [];
    for (const result of rooms) {
      const trouble = result.status === 'fulfilled' ? result.value.readSaveTrouble() : null;
      if (trouble) troubles.push(trouble);
    }
    return troubles;
  }

  /** Writes every room and closes every socket. */
  async shutdown(): Promise<void> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    this.rooms.clear();
    await Promise.all(rooms.map((result) => (result.status === 'fulfilled' ? result.value.shutdown() : Promise.resolve())));
  }
}
