/**
 * `npm start`: prepares the database (the embedded SQLite file, or PostgreSQL when DATABASE_URL=postgresql://…;
 * migrations, corpus, demo room),
 * builds the web app when its sources changed, then runs the web app and the
 * realtime server side by side until interrupted. A realtime server that exits
 * is restarted (with backoff); if the web app exits, everything stops.
 *   --dev        run `next dev` instead of the production build
 * Environment: PORT (3000), REALTIME_PORT (3001), HOST (127.0.0.1), DATABASE_URL, ZERO_DRAFT_DATA_DIR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildStale } from './lib/build-state.mjs';
import { isPortFree } from './lib/ports.mjs';
import { superviseProcess } from './lib/supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');
// The defaults live in one place, shared with the product's configuration module (server/config/read-config.ts).
const defaults = JSON.parse(readFileSync(path.join(root, 'server', 'config', 'defaults.json'), 'utf8'));
const port = Number(process.env.PORT || defaults.port);
const realtimePort = Number(process.env.REALTIME_PORT || defaults.realtimePort);
const host = process.env.HOST || defaults.host;
const tsxBin = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
const nextBin = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');

function fail(message) {
  console.error(`\nZero Draft could not start: ${message}`);
  process.exit(1);
}

function runStep(label, args) {
  console.log(`→ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) fail(`${label} failed (see the message above).`);
}

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

if (['prisma', 'prisma-postgresql'].some((client) => !existsSync(path.join(root, 'generated', client, 'client.ts'))))
  runStep('Generating the database client', ['scripts/prisma-generate.mjs']);
runStep('Preparing the database, corpus and demo accounts', [tsxBin, 'cli/index.ts', 'setup']);
if (!dev && isBuildStale(root)) runStep('Building the web app (first start takes a minute)', ['scripts/build.mjs']);

const env = {
  ...process.env,
  PORT: String(port),
  REALTIME_PORT: String(realtimePort),
  REALTIME_HOST: process.env.REALTIME_HOST ?? host,
  // Sign-in works on whatever address people use (localhost, 127.0.0.1, the machine's name) unless NEXTAUTH_URL pins one.
  ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: 'true' }),
  NEXT_TELEMETRY_DISABLED: '1',
};
const web = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(port), '-H', host], { cwd: root, env, stdio: 'inherit' });
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

const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`;
const probeUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
for (let attempt = 0; attempt < 600 && !stopping; attempt += 1) {
  try {
    const response = await fetch(`${probeUrl}/signin`);
    if (response.ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (!stopping) {
  console.log(`
Zero Draft is running at ${url}  (realtime server on port ${realtimePort})
Demo sign-ins (password: zero-draft-demo):
  chair@zerodraft.test        facilitator
  colombia@zerodraft.test     delegate, Colombia    (also eu@, usa@, mexico@, g77@, japan@, nigeria@)
  secretariat@zerodraft.test  secretariat
  observer@zerodraft.test     observer
Press Ctrl+C to stop.`);
}
