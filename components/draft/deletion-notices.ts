import type { Awareness } from 'y-protocols/awareness';

/** What a browser publishes in its awareness `deleted` field when its person deletes a paragraph. */
export interface DeletionAnnouncement {
  /** Counts this browser's deletions, so the same one is never announced twice. */
  seq: number;
  /** The paragraph's label as the deleter saw it (PP3, 2., (a)). */
  label: string;
  /** The paragraph's opening words, so the notice still says which one after numbering moved. */
  excerpt: string;
}

export interface DeletionNotice {
  key: string;
  /** Null when the presence names nobody: the room then says "someone" in the person's language. */
  delegation: string | null;
  label: string;
  excerpt: string;
}

export interface DeletionNoticeStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DeletionNotice[];
  /** Tells the others in the room that this person deletes a paragraph. */
  announce(label: string, text: string): void;
  dismiss(key: string): void;
  destroy(): void;
}

const excerptLength = 60;
const keptNotices = 5;

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= excerptLength ? flat : `${flat.slice(0, excerptLength - 1).trimEnd()}…`;
}

function readAnnouncement(state: Record<string, unknown> | undefined): DeletionAnnouncement | null {
  const value = state?.deleted as Partial<DeletionAnnouncement> | undefined;
  if (!value || typeof value.seq !== 'number' || typeof value.label !== 'string' || typeof value.excerpt !== 'string') return null;
  return { seq: value.seq, label: value.label.slice(0, 20), excerpt: excerptOf(value.excerpt) };
}

/** The delegation comes from the presence `user` field, which the realtime server overwrites from the ticket. */
function readDelegation(state: Record<string, unknown> | undefined): string | null {
  const user = state?.user as { name?: unknown; delegation?: { name?: unknown } } | undefined;
  if (typeof user?.delegation?.name === 'string') return user.delegation.name;
  return typeof user?.name === 'string' ? user.name : null;
}

/**
 * Who deleted which paragraph, carried by presence: the deletion itself is an
 * anonymous Yjs change, but presence states are stamped with the sender's
 * identity by the realtime server. Only deletions announced while this room is
 * open are shown; states present on arrival are taken as already known.
 */
export function createDeletionNotices(awareness: Awareness): DeletionNoticeStore {
  const listeners = new Set<() => void>();
  const seen = new Map<number, number>();
  let notices: DeletionNotice[] = [];
  let ownSeq = 0;
  const publish = () => {
    for (const listener of listeners) listener();
  };
  const remember = (clientId: number) => {
    const announcement = readAnnouncement(awareness.getStates().get(clientId) as Record<string, unknown> | undefined);
    seen.set(clientId, announcement?.seq ?? 0);
  };
  for (const clientId of awareness.getStates().keys()) remember(clientId);

  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    for (const clientId of added) remember(clientId);
    for (const clientId of removed) seen.delete(clientId);
    const fresh: DeletionNotice[] = [];
    for (const clientId of updated) {
      if (clientId === awareness.clientID) continue;
      const state = awareness.getStates().get(clientId) as Record<string, unknown> | undefined;
      const announcement = readAnnouncement(state);
      if (!announcement || announcement.seq <= (seen.get(clientId) ?? 0)) continue;
      seen.set(clientId, announcement.seq);
      fresh.push({
        key: `${clientId}:${announcement.seq}`,
        delegation: readDelegation(state),
        label: announcement.label,
        excerpt: announcement.excerpt,
      });
    }
    if (fresh.length === 0) return;
    notices = [...notices, ...fresh].slice(-keptNotices);
    publish();
  };
  awareness.on('change', onChange);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => notices,
    announce(label, text) {
      ownSeq++;
      const announcement: DeletionAnnouncement = { seq: ownSeq, label, excerpt: excerptOf(text) };
      awareness.setLocalStateField('deleted', announcement);
    },
    dismiss(key) {
      const next = notices.filter((notice) => notice.key !== key);
      if (next.length === notices.length) return;
      notices = next;
      publish();
    },
    destroy() {
      awareness.off('change', onChange);
      listeners.clear();
    },
  };
}
