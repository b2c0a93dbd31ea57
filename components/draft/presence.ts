import type { Awareness } from 'y-protocols/awareness';

/** What each browser publishes about its person in the awareness `user` field. */
export interface PresenceUser {
  name: string;
  /** CollaborationCaret reads `color`; the rest of the app spells it `colour`. */
  color: string;
  colour: string;
  role: string;
  delegation: { code: string; name: string; colour: string };
}

export interface PresenceEntry {
  clientId: number;
  self: boolean;
  name: string;
  role: string;
  delegation: { code: string; name: string; colour: string };
  paragraphId: string | null;
}

export interface PresenceStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): PresenceEntry[];
  destroy(): void;
}

const fallbackColour = '#6b7280';

function readColour(value: unknown): string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : fallbackColour;
}

function readEntry(clientId: number, state: Record<string, unknown>, selfId: number): PresenceEntry | null {
  const user = state.user as Partial<PresenceUser> | undefined;
  if (!user || typeof user.name !== 'string') return null;
  const delegation = user.delegation;
  return {
    clientId,
    self: clientId === selfId,
    name: user.name,
    role: typeof user.role === 'string' ? user.role : '',
    delegation: {
      code: typeof delegation?.code === 'string' ? delegation.code : '',
      name: typeof delegation?.name === 'string' ? delegation.name : user.name,
      colour: readColour(delegation?.colour ?? user.colour),
    },
    paragraphId: typeof state.paragraphId === 'string' ? state.paragraphId : null,
  };
}

export function buildPresenceUser(user: {
  name: string;
  role: string;
  delegation: { code: string; name: string; colour: string };
}): PresenceUser {
  const colour = readColour(user.delegation.colour);
  return { name: user.name, color: colour, colour, role: user.role, delegation: { ...user.delegation, colour } };
}

/**
 * Who is in the draft and in which paragraph. Awareness changes with every
 * caret move; the list is only republished when a name or a paragraph changes,
 * which also keeps the aria-live region from chattering.
 */
export function createPresenceStore(awareness: Awareness): PresenceStore {
  const listeners = new Set<() => void>();
  let entries: PresenceEntry[] = [];
  let description = '';
  const read = () => {
    const next: PresenceEntry[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const entry = readEntry(clientId, state as Record<string, unknown>, awareness.clientID);
      if (entry) next.push(entry);
    });
    next.sort((a, b) => Number(b.self) - Number(a.self) || a.delegation.name.localeCompare(b.delegation.name) || a.clientId - b.clientId);
    const nextDescription = JSON.stringify(next);
    if (nextDescription === description) return false;
    entries = next;
    description = nextDescription;
    return true;
  };
  read();
  const onChange = () => {
    if (read()) for (const listener of listeners) listener();
  };
  awareness.on('change', onChange);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => entries,
    destroy() {
      awareness.off('change', onChange);
      listeners.clear();
    },
  };
}
