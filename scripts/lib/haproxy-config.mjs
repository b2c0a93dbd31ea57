/**
 * HAProxy in front of several realtime processes: the configuration text, written by `npm run cluster`
 * and by the cluster tests (and the starting point for docs/DEPLOY.md). HAProxy runs unprivileged:
 * private ports, and its pid file and admin socket in a folder of its own.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Health checks: a node that stops answering is out within about `fall × inter`; a stall shorter than that is not. */
export const defaultHealthCheck = { interMs: 1_000, fastInterMs: 500, fall: 3, rise: 2, timeoutMs: 2_000 };

function renderDuration(ms) {
  return `${ms}ms`;
}

function renderAddress(host, port) {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The configuration for one HAProxy.
 * - bind {host, port}: the address browsers and the web app use for the realtime server;
 * - nodes [{name, host, port}]: the realtime processes;
 * - dir: where the admin socket lives (`<dir>/haproxy.sock`);
 * - peers (optional) [{name, host, port}] with localPeer: other HAProxy instances sharing the stick table.
 */
export function renderHaproxyConfig({ bind, nodes, dir, healthCheck = {}, peers = [], localPeer, tunnelTimeout = '1h' }) {
  if (nodes.length === 0) throw new Error('HAProxy needs at least one realtime node.');
  if (localPeer !== undefined && !peers.some((peer) => peer.name === localPeer))
    throw new Error(`localPeer ${localPeer} is not among the peers.`);
  const check = { ...defaultHealthCheck, ...healthCheck };
  const lines = [
    '# Written by scripts/lib/haproxy-config.mjs at each start; change the generator, not this file.',
    'global',
    `  stats socket ${path.join(dir, 'haproxy.sock')} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    // A node refusing connections (just killed, not yet marked down) costs a retry on the next node of the ring, not an error.
    '  retries 3',
    '  option redispatch 1',
    '  timeout connect 2s',
    '  timeout http-request 10s',
    '  timeout client 30s',
    '  timeout server 30s',
    // Once upgraded, a socket lives as long as the drafting session; y-websocket sends something at least every 30 s.
    `  timeout tunnel ${tunnelTimeout}`,
    '  timeout client-fin 5s',
    '',
  ];
  if (peers.length > 0) {
    lines.push('peers realtime_peers');
    for (const peer of peers) lines.push(`  peer ${peer.name} ${renderAddress(peer.host, peer.port)}`);
    lines.push('');
  }
  lines.push(
    'frontend realtime',
    `  bind ${renderAddress(bind.host, bind.port)}`,
    '  default_backend realtime_nodes',
    '',
    'backend realtime_nodes',
    // The first path segment is the room (/draft-<id>): the socket, the flush POST /draft-<id>?token=… and the tabling
    // POST /draft-<id>/proposals of one draft hash alike; consistent hashing moves only the drafts of a node that comes or goes.
    '  balance uri depth 1',
    '  hash-type consistent',
    // Where a room actually went is remembered, so a node that comes back does not draw its old rooms' new joiners
    // away from the node that took them over (that node holds the lease; the returning one would only relay to it).
    `  stick-table type string len 128 size 1m expire 24h${peers.length > 0 ? ' peers realtime_peers' : ''}`,
    '  stick on path,field(2,/) if { path_beg /draft- }',
    // Liveness, not save health: a node whose saves fail (503 "degraded") still holds its leases, and clients sent
    // elsewhere would only be relayed back to it.
    '  option httpchk GET /health',
    '  http-check expect rstatus ^(200|503)$',
    `  timeout check ${renderDuration(check.timeoutMs)}`,
    // A node marked down loses its sockets at once, so its clients reconnect to the node that takes its drafts over.
    `  default-server inter ${renderDuration(check.interMs)} fastinter ${renderDuration(check.fastInterMs)} fall ${check.fall} rise ${check.rise} on-marked-down shutdown-sessions`,
  );
  for (const node of nodes) lines.push(`  server ${node.name} ${renderAddress(node.host, node.port)} check`);
  lines.push('');
  return lines.join('\n');
}

/** Writes the configuration into `dir` and returns the file's path. */
export function writeHaproxyConfig(options) {
  mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, 'haproxy.cfg');
  writeFileSync(file, renderHaproxyConfig(options));
  return file;
}

/**
 * Starts HAProxy in the foreground (`-db`, so it is this process's child and stops with it), pid file in `dir`.
 * `peerName` says which of the configuration's peers this one is. Resolves once the process runs; whether it
 * accepted the configuration shows by its exit (it stops at once on a bad one) or by the frontend answering.
 */
export async function startHaproxy({ configFile, dir, peerName, stdio = ['ignore', 'pipe', 'pipe'] }) {
  const args = ['-db', '-f', configFile, '-p', path.join(dir, 'haproxy.pid'), ...(peerName ? ['-L', peerName] : [])];
  const child = spawn('haproxy', args, { stdio });
  const [error] = await Promise.race([once(child, 'spawn').then(() => [null]), once(child, 'error')]);
  if (error) {
    throw new Error(
      error.code === 'ENOENT'
        ? 'HAProxy is not installed: install it (Debian/Ubuntu: sudo apt-get install haproxy) and try again.'
        : `HAProxy could not start: ${error.message}`,
    );
  }
  return child;
}

/** Sends one command to HAProxy's admin socket in `dir` and resolves with its whole answer. */
export function askHaproxy(dir, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(path.join(dir, 'haproxy.sock'));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.once('error', reject);
    socket.once('close', () => resolve(answer));
    socket.end(`${command}\n`);
  });
}

/** The state HAProxy holds of each realtime node (UP, DOWN, "UP 1/2" while rising …), by name. */
export async function readServerStates(dir) {
  const lines = (await askHaproxy(dir, 'show stat')).split('\n');
  const header = (lines[0] ?? '').replace(/^# /, '').split(',');
  const [proxy, server, status] = ['pxname', 'svname', 'status'].map((name) => header.indexOf(name));
  const states = new Map();
  for (const line of lines.slice(1)) {
    const fields = line.split(',');
    if (fields[proxy] === 'realtime_nodes' && fields[server] !== 'BACKEND' && fields[server] !== undefined)
      states.set(fields[server], fields[status]);
  }
  return states;
}
