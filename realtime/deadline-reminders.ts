/** How often the realtime server looks for deadlines closing within the hour. */
export const deadlineScanMs = 30_000;

/**
 * Runs `scan` now and then every `everyMs` (never two at once) until stopped. Each scan is idempotent (see
 * notifyApproachingDeadlines), so several processes running it, or a restart, tell nobody twice.
 */
export function startDeadlineReminders(
  scan: () => Promise<unknown>,
  log: (message: string) => void,
  everyMs = deadlineScanMs,
): { stop(): void } {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    scan()
      .catch((error: Error) => log(`deadline reminders failed: ${error.message}`))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
