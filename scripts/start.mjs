/**
 * `npm start`: prepares the database (the embedded SQLite file, or PostgreSQL when DATABASE_URL=postgresql://…;
 * migrations, corpus, demo room),
 * builds the web app when its sources changed, then runs the web app and the
 * realtime server side by side until interrupted. A realtime server that exits
 * is restarted (with backoff); if the web app exits, everything stops.
 *   --dev        run `next dev` instead of the production build
 * Environment: PORT (3000), REALTIME_PORT (3001), HOST (127.0.0.1), DATABASE_URL, ZERO_DRAFT_DATA_DIR.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaults, demoSignIns, fail, prepareApp, root, startWebApp, waitForWebApp, webAppEnv, webAppUrls } from './lib/app-steps.mjs';
import { isPortFree } from './lib/ports.mjs';
import { superviseProcess } from './lib/supervise.mjs';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT || defaults.port);
const realtimePort = Number(process.env.REALTIME_PORT || defaults.realtimePort);
const host = process.env.HOST || defaults.host;

for (const [name, value] of [
  ['PORT', port],
  ['REALTIME_PORT', realtimePort],
]) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`${name} must be a port number, got "${value}".`);
}
for (const [name, value] of [
  ['PORT', port],
  ['REALTIME_PORT', realtimePort],
]) {
  if (!(await isPortFree(value, host))) {
    fail(
      `port ${value} (${name}) is already in use — is Zero Draft already running? Stop it, or choose another port, e.g. ${name}=${value + 10} npm start`,
    );
  }
}

prepareApp({ dev });

const env = webAppEnv({
  ...process.env,
  PORT: String(port),
  REALTIME_PORT: String(realtimePort),
  REALTIME_HOST: process.env.REALTIME_HOST ?? host,
});
const web = startWebApp({ port, host, env, dev });
// A crashed realtime server is restarted while the web app keeps serving: open pages reconnect by themselves.
// tsx as a loader rather than its CLI, which would run the server in a grandchild that a stop could miss.
const realtime = existsSync(path.join(root, 'realtime', 'index.ts'))
  ? superviseProcess({
      name: 'realtime server',
      start: () => spawn(process.execPath, ['--import', 'tsx', 'realtime/index.ts'], { cwd: root, env, stdio: 'inherit' }),
    })
  : null;

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 10_000).unref();
  const webExited = web.exitCode !== null || web.signalCode !== null ? null : once(web, 'exit');
  if (webExited) web.kill('SIGTERM');
  await Promise.all([webExited, realtime?.stop()]);
  process.exit(code);
}
web.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`The web app ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; stopping Zero Draft.`);
  void stopAll(code || 1);
});
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const { url, probeUrl } = webAppUrls(host, port);
await waitForWebApp(probeUrl, () => stopping);
if (!stopping) {
  console.log(`
Zero Draft is running at ${url}  (realtime server on port ${realtimePort})
${demoSignIns}
Press Ctrl+C to stop.`);
}
