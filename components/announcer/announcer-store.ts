export type Urgency = 'polite' | 'assertive';

export interface Announcement {
  /** What makes two announcements the same event: a second one with this key inside the dedupe window is dropped. */
  key: string;
  text: string;
  urgency: Urgency;
}

export interface AnnouncerSnapshot {
  polite: string;
  assertive: string;
}

export interface AnnouncerStore {
  announce(announcement: Announcement): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): AnnouncerSnapshot;
  destroy(): void;
}

export interface AnnouncerOptions {
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Polite announcements are spaced by at least this much, so a burst of remote changes does not talk over itself. */
  gapMs?: number;
  dedupeMs?: number;
  /** A burst beyond this many waiting announcements keeps only the newest: the listener wants the state, not a backlog. */
  maxWaiting?: number;
}

export const emptyAnnouncerSnapshot: AnnouncerSnapshot = { polite: '', assertive: '' };

/**
 * What the room's live regions say. Deduplicated by key, polite messages rate-limited and queued (the oldest
 * dropped in a burst), assertive ones said at once: only a change that stops what the person is doing is urgent.
 */
export function createAnnouncerStore(options: AnnouncerOptions = {}): AnnouncerStore {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const gapMs = options.gapMs ?? 1_500;
  const dedupeMs = options.dedupeMs ?? 30_000;
  const maxWaiting = options.maxWaiting ?? 3;
  const listeners = new Set<() => void>();
  const seen = new Map<string, number>();
  const waiting: string[] = [];
  let snapshot = emptyAnnouncerSnapshot;
  let lastPoliteAt = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;

  const publish = (next: AnnouncerSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const sayPolite = (text: string) => {
    lastPoliteAt = now();
    publish({ ...snapshot, polite: text });
  };
  const drain = () => {
    timer = null;
    const text = waiting.shift();
    if (text === undefined) return;
    sayPolite(text);
    if (waiting.length > 0) timer = setTimer(drain, gapMs);
  };

  return {
    announce({ key, text, urgency }) {
      const at = now();
      for (const [seenKey, seenAt] of seen) if (at - seenAt >= dedupeMs) seen.delete(seenKey);
      if (seen.has(key)) return;
      seen.set(key, at);
      if (urgency === 'assertive') {
        publish({ ...snapshot, assertive: text });
        return;
      }
      if (timer === null && at - lastPoliteAt >= gapMs) {
        sayPolite(text);
        return;
      }
      waiting.push(text);
      if (waiting.length > maxWaiting) waiting.splice(0, waiting.length - maxWaiting);
      timer ??= setTimer(drain, Math.max(0, lastPoliteAt + gapMs - at));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    destroy() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      waiting.length = 0;
      listeners.clear();
    },
  };
}
