/** Failures that cost nothing: everybody mistypes a password now and then. */
export const freeSignInFailures = 3;
export const maxSignInDelaySeconds = 30;
/** A counter quiet for this long starts again from zero, so an old burst does not slow down today's sign-in. */
export const signInFailureMemorySeconds = 60 * 60;

/** The wait after this many failures: none for the first few, then 1 s, 2 s, 4 s … capped; never a lockout. */
export function signInDelaySeconds(failures: number): number {
  const beyond = failures - freeSignInFailures;
  if (beyond <= 0) return 0;
  return Math.min(maxSignInDelaySeconds, 2 ** Math.min(beyond - 1, 16));
}

/** Whole seconds still to wait after the last failure at `lastAt` (0 when the delay has passed). */
export function remainingSignInDelay(failures: number, lastAt: Date, now: Date): number {
  const elapsedMs = now.getTime() - lastAt.getTime();
  if (elapsedMs >= signInFailureMemorySeconds * 1000) return 0;
  const remainingMs = signInDelaySeconds(failures) * 1000 - elapsedMs;
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

/** The counters a password attempt is charged to: the account asked for (existing or not) and the client address. */
export function signInThrottleKeys(email: string, address: string): string[] {
  return [`account:${email.trim().toLowerCase()}`, `address:${address}`];
}
