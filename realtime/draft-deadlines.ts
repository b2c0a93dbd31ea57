import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import type { DeadlineContext } from './rules/rule';

/** Where deadlines are stored (the database; a map in tests). */
export interface DeadlineSource {
  read(draftIds: readonly string[]): Promise<Map<string, DraftDeadlineState>>;
}

/** Often enough that a deadline set or reopened is in force by the time the facilitator's page says so. */
export const deadlineRefreshMs = 1_000;

/**
 * The proposal deadlines of the drafts this process holds, read when a room loads and re-read every second
 * for all of them in one query. Rules judge synchronously, so they see the last read; the clock they compare
 * with is the server's own, taken at each judgement.
 */
export class DraftDeadlines {
  private readonly known = new Map<string, DraftDeadlineState>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly source: DeadlineSource,
    private readonly log: (message: string) => void,
  ) {}

  /** Reads one draft's deadlines (a room is not opened before they are known). */
  async load(draftId: string): Promise<void> {
    const read = await this.source.read([draftId]);
    this.known.set(draftId, read.get(draftId) ?? { timeZone: 'UTC', deadlines: [] });
  }

  readContext(draftId: string): DeadlineContext | undefined {
    const state = this.known.get(draftId);
    return state ? { ...state, now: Date.now() } : undefined;
  }

  /** Re-reads the deadlines of the drafts `listDrafts` names, every second, until stopped; others are forgotten. */
  start(listDrafts: () => readonly string[], everyMs = deadlineRefreshMs): void {
    this.timer ??= setInterval(() => void this.refresh(listDrafts()), everyMs);
    this.timer.unref();
  }

  /** One read at a time; `force` (a signal) waits for one in flight and reads again, since it may predate the change. */
  async refresh(draftIds: readonly string[], options: { force?: boolean } = {}): Promise<void> {
    if (this.refreshing && !options.force) return;
    while (this.refreshing) await this.refreshing;
    this.refreshing = this.read(draftIds).finally(() => {
      this.refreshing = null;
    });
    await this.refreshing;
  }

  private async read(draftIds: readonly string[]): Promise<void> {
    try {
      const read = draftIds.length === 0 ? new Map<string, DraftDeadlineState>() : await this.source.read(draftIds);
      for (const id of [...this.known.keys()]) if (!draftIds.includes(id)) this.known.delete(id);
      // A draft missing from the read (deleted meanwhile) keeps what was known; its room is going anyway.
      for (const [id, state] of read) this.known.set(id, state);
    } catch (error) {
      // The last read stays in force: a database hiccup neither opens nor closes anything.
      this.log(`deadlines could not be re-read: ${(error as Error).message}`);
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
