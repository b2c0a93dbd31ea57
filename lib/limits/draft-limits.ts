/**
 * How much one draft may hold and how fast its writers may add to it. The
 * realtime server enforces them; the browser learns them with its ticket so it
 * can refuse a paste before sending what the server would refuse.
 */
export interface DraftLimits {
  /** Largest stored Yjs state of one draft; past it only deletions are accepted. */
  maxDraftBytes: number;
  /** Write budget of one connection: burst, and refill per second. A delegation's shared budget is twice this. */
  writeBurstBytes: number;
  writeBytesPerSecond: number;
}

export const defaultDraftLimits: DraftLimits = {
  // A long resolution with its proposals is a few hundred kilobytes; this leaves room for years of work.
  maxDraftBytes: 8 * 1024 * 1024,
  // Pasting a whole resolution (about 100 KB) several times in a row passes; megabytes a minute do not.
  writeBurstBytes: 1024 * 1024,
  writeBytesPerSecond: 32 * 1024,
};

/** Characters one paste may hold: a character takes up to three bytes in a Yjs update, plus formatting. */
export function readMaxPasteCharacters(limits: DraftLimits): number {
  return Math.floor(limits.writeBurstBytes / 3);
}
