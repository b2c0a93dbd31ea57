/**
 * `npm run cluster`: Zero Draft as it runs on several machines, on this one: a database, HAProxy in front of
 * several realtime processes (three unless told), and the web app (production build), whose server-to-server
 * realtime calls and whose browsers all go through HAProxy. Ctrl+C stops everything. docs/DEPLOY.md explains
 * the topology; this is the same thing in miniature, for trying failover by hand (kill a node: its drafts move).
 *   --nodes N    how many realtime processes (default 3)
 * Environment: PORT (3000, web app), REALTIME_PORT (3001, HAProxy; the nodes take the ports 10 above it: 3011 …),
 * HOST (127.0.0.1, where the web app and HAProxy listen; the nodes listen on loopback), DATABASE_URL (a database of
 * your own; otherwise PostgreSQL of our own on REALTIME_PORT + 9, data kept in <data>/cluster/postgres),
 * ZERO_DRAFT_DATA_DIR (HAProxy's configuration, pid file and admin socket go to <data>/cluster/).
 * Needs HAProxy (Debian/Ubuntu: apt-get install haproxy) and, for the database, PostgreSQL's server programs
 * (apt-get install postgresql); without them the nodes share the SQLite file, which is fine for trying it out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaults, demoSignIns, fail, prepareApp, root, startWebApp, waitForWebApp, webAppEnv, webAppUrls } from './lib/app-steps.mjs';
import { readServerStates, startHaproxy, writeHaproxyConfig } from './lib/haproxy-config.mjs';
import { isPortFree } from './lib/ports.mjs';
import { findPostgresBinaries, startPostgresServer } from './lib/postgres-server.mjs';
import { superviseProcess } from './lib/supervise.mjs';

/** A path as the person at the terminal can use it: relative to the checkout when inside it. */
function shown(file) {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative;
}

const nodesArgument = process.argv.indexOf('--nodes');
const nodeCount = nodesArgument === -1 ? 3 : Number(process.argv[nodesArgument + 1]);
const port = Number(process.env.PORT || defaults.port);
const realtimePort = Number(process.env.REALTIME_PORT || defaults.realtimePort);
const host = process.env.HOST || defaults.host;
const dataDir = path.resolve(root, process.env.ZERO_DRAFT_DATA_DIR || defaults.dataDir);
const clusterDir = path.join(dataDir, 'cluster');
const postgresPort = realtimePort + 9;

if (!Number.isInteger(nodeCount) || nodeCount < 1 || nodeCount > 32)
  fail(`--nodes must be a number from 1 to 32, got "${process.argv[nodesArgument + 1]}".`);
const nodes = Array.from({ length: nodeCount }, (_, index) => ({
  name: `node-${index + 1}`,
  host: '127.0.0.1',
  port: realtimePort + 10 + index,
}));
const ports = [
  ['PORT', port, host],
  ['REALTIME_PORT', realtimePort, host],
  ...nodes.map((node) => [`${node.name}'s port (REALTIME_PORT + ${node.port - realtimePort})`, node.port, node.host]),
];
for (const [name, value] of ports) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`${name} must be a port number, got "${value}".`);
}
for (const [name, value, address] of ports) {
  if (!(await isPortFree(value, address))) {
    fail(
      `port ${value} (${name}) is already in use — is Zero Draft already running? Stop it, or choose other ports, e.g. PORT=3100 REALTIME_PORT=3101 npm run cluster`,
    );
  }
}
if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).error) {
  fail('HAProxy is not installed. On Debian or Ubuntu: sudo apt-get install haproxy postgresql (it is not used as a system service).');
}

// --- The database ------------------------------------------------------------------------------------------
// PostgreSQL support arrives with a PostgreSQL copy of the schema (prisma/postgresql); until then the nodes share SQLite.
const postgresInThisBuild = existsSync(path.join(root, 'prisma', 'postgresql'));
const postgresBinaries = findPostgresBinaries();
const database = { env: {}, describe: '', stop: () => undefined };
if (process.env.DATABASE_URL) {
  database.describe = `the database at DATABASE_URL (${process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@')})`;
} else if (postgresInThisBuild && postgresBinaries) {
  if (!(await isPortFree(postgresPort, '127.0.0.1'))) {
    fail(`port ${postgresPort} (PostgreSQL, REALTIME_PORT + 9) is already in use. Stop what uses it, or choose other ports.`);
  }
  try {
    const server = startPostgresServer({
      dir: path.join(clusterDir, 'postgres'),
      port: postgresPort,
      bin: postgresBinaries,
      log: console.log,
    });
    database.env = { DATABASE_URL: server.url };
    database.stop = server.stop;
    database.describe = `PostgreSQL on 127.0.0.1:${postgresPort} (${shown(server.dataDir)})`;
  } catch (error) {
    fail(error.message);
  }
} else {
  database.describe = `the SQLite file in ${shown(dataDir)}, shared by every process`;
  const why = postgresInThisBuild
    ? 'PostgreSQL is not installed (sudo apt-get install postgresql)'
    : 'this build of Zero Draft has no PostgreSQL support yet';
  console.log(
    `\nNote: ${why}, so the realtime nodes share one SQLite file. That works on one machine and is fine for\n` +
      'trying failover; a real deployment puts every process on PostgreSQL (docs/DEPLOY.md).\n',
  );
}
// An exit by any path (a failed step, an error) leaves no database server running.
process.on('exit', () => database.stop());

const children = [];
let web;
let haproxy;
let realtimeNodes = [];
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    database.stop();
    process.exit(code);
  }, 15_000);
  force.unref();
  const ended = (child) => (child.exitCode !== null || child.signalCode !== null ? null : once(child, 'exit'));
  // The web app and the nodes (each saves its open drafts) at once: a Ctrl+C in the terminal reaches them too, and
  // their supervisors must know it before they see them exit, or they would start them again. Then HAProxy, then the database.
  const webExited = web ? ended(web) : null;
  web?.kill('SIGTERM');
  await Promise.all([webExited, ...realtimeNodes.map((node) => node.stop())]);
  if (haproxy) {
    const exited = ended(haproxy);
    haproxy.kill('SIGTERM');
    await exited;
  }
  database.stop();
  clearTimeout(force);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

prepareApp({ env: { ...process.env, ...database.env } });

// --- Realtime nodes and HAProxy ----------------------------------------------------------------------------
/** Each line of a child's output, prefixed with its name, so the nodes' logs can be told apart. */
function prefixLines(stream, name, out) {
  let pending = '';
  stream.on('data', (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
}

const baseEnv = webAppEnv({ ...process.env, ...database.env });
realtimeNodes = nodes.map((node) =>
  superviseProcess({
    name: `realtime ${node.name}`,
    start: () => {
      // tsx as a loader rather than its CLI, which would run the server in a grandchild that a stop could miss.
      const child = spawn(process.execPath, ['--import', 'tsx', 'realtime/index.ts'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...baseEnv,
          REALTIME_HOST: node.host,
          REALTIME_PORT: String(node.port),
          REALTIME_NODE_ID: node.name,
          REALTIME_NODE_URL: `http://${node.host}:${node.port}`,
        },
      });
      prefixLines(child.stdout, node.name, process.stdout);
      prefixLines(child.stderr, node.name, process.stderr);
      children.push(child);
      return child;
    },
  }),
);

// --- The web app: its server-to-server calls (flush, tabling, roster signals) and its browsers go through HAProxy.
web = startWebApp({
  port,
  host,
  env: { ...baseEnv, PORT: String(port), REALTIME_HOST: host === '0.0.0.0' ? '127.0.0.1' : host, REALTIME_PORT: String(realtimePort) },
});
children.push(web);
web.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`The web app ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; stopping Zero Draft.`);
  void stopAll(code || 1);
});

/** Resolves once every node answers /health, so HAProxy starts with all of them up instead of reporting them down. */
async function waitForNodes() {
  for (let attempt = 0; attempt < 480 && !stopping; attempt += 1) {
    const answers = await Promise.all(
      nodes.map((node) =>
        fetch(`http://${node.host}:${node.port}/health`, { signal: AbortSignal.timeout(1_000) }).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (answers.every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) console.error('Not every realtime node answers yet; HAProxy starts anyway and counts each in once it does.');
}
await waitForNodes();

const configFile = writeHaproxyConfig({ bind: { host, port: realtimePort }, nodes, dir: clusterDir });
haproxy = await startHaproxy({ configFile, dir: clusterDir }).catch((error) => {
  console.error(error.message);
  void stopAll(1);
  return undefined;
});
if (haproxy) {
  children.push(haproxy);
  prefixLines(haproxy.stdout, 'haproxy', process.stdout);
  prefixLines(haproxy.stderr, 'haproxy', process.stderr);
  haproxy.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`HAProxy ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; stopping Zero Draft.`);
    void stopAll(code || 1);
  });
}

const { url, probeUrl } = webAppUrls(host, port);
await waitForWebApp(probeUrl, () => stopping);
let states = new Map();
for (let attempt = 0; attempt < 100 && !stopping; attempt += 1) {
  states = await readServerStates(clusterDir).catch(() => new Map());
  if (nodes.every((node) => states.get(node.name) === 'UP')) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (!stopping) {
  console.log(`
Zero Draft (cluster) is running at ${url}
  realtime: HAProxy on ${host}:${realtimePort} → ${nodes.map((node) => `${node.name} :${node.port} (${states.get(node.name) ?? 'unknown'})`).join(', ')}
  database: ${database.describe}
  HAProxy:  ${shown(configFile)}; admin socket ${shown(path.join(clusterDir, 'haproxy.sock'))}
  Try failover: kill -9 a node's process (ps -ef | grep realtime/index.ts); its drafts move to another node and it is restarted.
${demoSignIns}
Press Ctrl+C to stop.`);
}
