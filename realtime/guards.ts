import { type DraftLimits, defaultDraftLimits, maxMessageBytes } from '@/lib/limits/draft-limits';

/** Limits that keep one client from hurting a draft for everyone else. */
export interface ConnectionLimits {
  /** Larger frames close the connection with 1009 (enforced by `ws` itself). */
  maxMessageBytes: number;
  /** Token bucket on messages: burst size and refill per second. */
  messageBurst: number;
  messagesPerSecond: number;
  /** Token bucket on bytes. */
  byteBurst: number;
  bytesPerSecond: number;
  /** A reader this far behind is dropped (it reconnects and resyncs) rather than buffered without bound. */
  maxBufferedBytes: number;
  /** Largest stored Yjs state of one draft; past it only deletions are accepted. */
  maxDraftBytes: number;
  /** Write budget of one connection: bytes of accepted document changes, burst and refill per second. */
  writeBurstBytes: number;
  writeBytesPerSecond: number;
  /** The same budget shared by every connection of one delegation in a draft. */
  delegationWriteBurstBytes: number;
  delegationWriteBytesPerSecond: number;
  /** Open sockets one ticket may hold at once (a tab needs one; a few cover reconnects overlapping). */
  maxSocketsPerTicket: number;
  /**
   * Refused updates one connection may draw (burst, and refill per minute) before it is closed with 4403: a
   * browser resets and replays after a refusal, so only a client that ignores refusals runs through them.
   */
  refusalBurst: number;
  refusalsPerMinute: number;
}

export const defaultConnectionLimits: ConnectionLimits = {
  maxMessageBytes,
  messageBurst: 400,
  messagesPerSecond: 200,
  byteBurst: 8 * 1024 * 1024,
  bytesPerSecond: 2 * 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
  ...readWriteBudgets(defaultDraftLimits),
  maxSocketsPerTicket: 4,
  refusalBurst: 20,
  refusalsPerMinute: 10,
};

export const closeCodes = {
  /** Standard: payload too big. */
  tooBig: 1009,
  /** Standard: policy violation; y-websocket reconnects and resyncs, which is what we want after a flood. */
  rateLimited: 1008,
  /** Standard: invalid frame payload. */
  malformed: 1007,
  /** Standard: try again later. */
  overloaded: 1013,
  goingAway: 1001,
  /** Another process owns the draft now: the browser reconnects at once with a fresh ticket and resyncs there. */
  moved: 4302,
  /**
   * Refusals themselves keep the socket open (a refusal message, protocol.ts); this closes only a connection
   * that keeps sending what is refused. 44xx: the browser does not retry, and says why.
   */
  forbiddenEdit: 4403,
  draftNotFound: 4404,
  /** The person was removed, deactivated or given another role: the browser reloads the page and says why. */
  accessChanged: 4401,
} as const;

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    now = performance.now(),
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  take(amount = 1, now = performance.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.refillPerSecond);
    this.updatedAt = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

export interface RateLimiter {
  allow(bytes: number): boolean;
}

export function createRateLimiter(limits: ConnectionLimits): RateLimiter {
  const messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
  const bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
  return {
    allow(size) {
      const now = performance.now();
      return messages.take(1, now) && bytes.take(size, now);
    },
  };
}

/** A draft's limits as connection limits: a delegation shares a budget twice one connection's (a few people, one pen). */
export function readWriteBudgets(
  limits: DraftLimits,
): Pick<
  ConnectionLimits,
  'maxDraftBytes' | 'writeBurstBytes' | 'writeBytesPerSecond' | 'delegationWriteBurstBytes' | 'delegationWriteBytesPerSecond'
> {
  return {
    ...limits,
    delegationWriteBurstBytes: 2 * limits.writeBurstBytes,
    delegationWriteBytesPerSecond: 2 * limits.writeBytesPerSecond,
  };
}
