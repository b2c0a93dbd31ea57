import { once } from 'node:events';

/**
 * Keeps a child process running: when it exits without being asked to, logs
 * why and starts it again after a delay that doubles from `initialDelayMs` up
 * to `maxDelayMs`, so a process that crashes at once does not spin. A run that
 * lasted `stableAfterMs` resets the delay: a crash a day is not a crash loop.
 * `start` spawns the process and returns its ChildProcess.
 */
export function superviseProcess({ name, start, log = console.error, initialDelayMs = 500, maxDelayMs = 10_000, stableAfterMs = 60_000 }) {
  let child;
  let delay = initialDelayMs;
  let restartTimer;
  let stopped = false;

  function launch() {
    const startedAt = Date.now();
    child = start();
    // An 'error' (e.g. a failed kill) would otherwise throw in the supervisor and take the web app down with it.
    child.on('error', (error) => log(`${name}: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (stopped) return;
      if (Date.now() - startedAt >= stableAfterMs) delay = initialDelayMs;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      log(`\n✗ The ${name} ${how}. Restarting it in ${delay / 1000} s; everything else keeps running.\n`);
      restartTimer = setTimeout(() => {
        log(`↻ Restarting the ${name}.`);
        launch();
      }, delay);
      delay = Math.min(delay * 2, maxDelayMs);
    });
  }

  launch();
  return {
    /** The process running now (a new one after each restart). */
    get child() {
      return child;
    },
    /** Stops supervising and ends the process; resolves once it has exited. */
    async stop(signal = 'SIGTERM') {
      stopped = true;
      clearTimeout(restartTimer);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
