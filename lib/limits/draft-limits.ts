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

/** The largest frame the realtime server reads: a larger one closes the socket (1009) unread, so it is never judged. */
export const maxMessageBytes = 2 * 1024 * 1024;

/**
 * Bytes one change (one Yjs update) may take and still be accepted: within a connection's write burst, and
 * within a frame with room to spare for the message around it. Formatting costs bytes a character count
 * does not see (each italic run is two format items), so the browser measures a paste's update against this.
 */
export function readMaxChangeBytes(limits: DraftLimits): number {
  return Math.min(limits.writeBurstBytes, maxMessageBytes - 64 * 1024);
}
