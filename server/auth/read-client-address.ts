/** The key every client shares when its address cannot be known honestly. */
export const unknownClientAddress = 'unknown';

/**
 * The address a sign-in attempt is charged to. Behind a trusted proxy, the last X-Forwarded-For entry is the one the
 * proxy itself appended (earlier entries are whatever the client claimed). Without one, Next.js fills the header from
 * the socket only when the client sent none, so a client could name any address: every direct client then shares one
 * key rather than letting an attacker pick a fresh address per guess (README, "Single sign-on", says what this costs).
 */
export function readClientAddress(headers: Record<string, string | string[] | undefined> | undefined, trustedProxy: boolean): string {
  if (!trustedProxy) return unknownClientAddress;
  const raw = headers?.['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const last = value
    ?.split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .at(-1);
  return last && last.length <= 64 ? last : unknownClientAddress;
}
