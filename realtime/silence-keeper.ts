import { getParagraphMap, paragraphKeys, readDraftSnapshot, setParagraphStatus } from '@/lib/draft';
import { labelSilencedParagraphs } from '@/lib/silence/label-silenced-paragraphs';
import {
  applySilenceEvent,
  isPastDeadline,
  listPendingStatuses,
  planSilenceOutcome,
  type SilenceOutcome,
} from '@/lib/silence/silence-procedure';
import { DraftOwnedElsewhereError, DraftOwnerUnsureError, type RoomRegistry } from './rooms';

/** A procedure still running, as the keeper reads it. */
export interface RunningSilence {
  id: string;
  draftId: string;
  paragraphIds: string[];
  outcome: SilenceOutcome;
  deadline: Date;
}

/** Where procedures live (the database in production; server/silence/create-prisma-silence-store.ts). */
export interface SilenceStore {
  listRunning(): Promise<RunningSilence[]>;
  /**
   * Moves the procedure from running to adopted, with its audit row and notifications, only if it is still
   * running: true when this call moved it.
   */
  recordAdoption(procedure: RunningSilence, now: Date, labels: string): Promise<boolean>;
}

export interface SilenceKeeperOptions {
  store: SilenceStore;
  log: (message: string) => void;
  intervalMs?: number;
  now?: () => Date;
}

/** The keeper's own origin for the outcome it writes into a draft (recorded as the system's change). */
const keeperOrigin = Symbol('silence-keeper');

/**
 * Reads the running silence procedures every second or so: the paragraphs they freeze (for the silence rule
 * of every room here), and those past their deadline, whose outcome it applies for drafts this process owns
 * or may claim. The statuses go into the live document as the server's own change (logged before anyone sees
 * it, then broadcast), and only then does the row leave "running", by a conditional update: a crash between the
 * two finds the statuses already set next time and adds nothing; a procedure moved already is never applied again.
 */
export class SilenceKeeper {
  private silenced = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  private rooms: RoomRegistry | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: SilenceKeeperOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The paragraphs a running procedure freezes in this draft, as of the last read. */
  readSilenced(draftId: string): ReadonlySet<string> {
    return this.silenced.get(draftId) ?? emptySet;
  }

  start(rooms: RoomRegistry): void {
    this.rooms = rooms;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking?.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error: Error) => this.options.log(`silence keeper: ${error.message}`))
        .finally(() => this.schedule(this.options.intervalMs ?? 1_000));
    }, delay);
    this.timer.unref();
  }

  /** One pass, after any pass still under way (passes never overlap): refresh the frozen paragraphs, then settle what is due. */
  tick(): Promise<void> {
    const pass = (this.ticking ?? Promise.resolve()).catch(() => undefined).then(() => this.pass());
    this.ticking = pass;
    return pass;
  }

  private async pass(): Promise<void> {
    const running = await this.options.store.listRunning();
    const silenced = new Map<string, Set<string>>();
    for (const procedure of running) {
      const ids = silenced.get(procedure.draftId) ?? new Set<string>();
      for (const id of procedure.paragraphIds) ids.add(id);
      silenced.set(procedure.draftId, ids);
    }
    this.silenced = silenced;
    const now = this.now();
    for (const procedure of running) {
      if (this.stopped) return;
      if (isPastDeadline(procedure, now)) await this.adopt(procedure, now);
    }
  }

  private async adopt(procedure: RunningSilence, now: Date): Promise<void> {
    const rooms = this.rooms;
    if (!rooms) return;
    const { draftId } = procedure;
    let room: Awaited<ReturnType<RoomRegistry['open']>>;
    try {
      room = await rooms.open(draftId);
    } catch (error) {
      // The process holding the draft applies it; nothing to do here.
      if (error instanceof DraftOwnedElsewhereError || error instanceof DraftOwnerUnsureError) return;
      this.options.log(`silence keeper: draft ${draftId} could not be opened: ${(error as Error).message}`);
      return;
    }
    try {
      const adopted = applySilenceEvent({ ...procedure, state: 'running', breaks: [], closedAt: null }, { type: 'deadline', at: now });
      const paragraphs = getParagraphMap(room.doc);
      const pending = listPendingStatuses(planSilenceOutcome(adopted), (id) => {
        const status = paragraphs.get(id)?.get(paragraphKeys.status);
        return typeof status === 'string' ? status : undefined;
      });
      if (pending.length > 0) {
        room.doc.transact(() => {
          for (const { paragraphId, status } of pending) setParagraphStatus(room.doc, paragraphId, status);
        }, keeperOrigin);
      }
      await room.whenDurable();
      // A room given up meanwhile (lease lost) may not have logged it: the next pass, wherever it runs, tries again.
      if ((await rooms.open(draftId).catch(() => null)) !== room) return;
      const labels = labelSilencedParagraphs(readDraftSnapshot(room.doc).paragraphs, procedure.paragraphIds);
      if (await this.options.store.recordAdoption(procedure, now, labels)) {
        this.options.log(`draft ${draftId}: silence procedure ${procedure.id} adopted (${procedure.paragraphIds.length} paragraphs)`);
      }
      for (const id of procedure.paragraphIds) this.silenced.get(draftId)?.delete(id);
    } finally {
      rooms.releaseIfIdle(draftId);
    }
  }
}

const emptySet: ReadonlySet<string> = new Set();
