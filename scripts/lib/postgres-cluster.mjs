// A private, throwaway PostgreSQL cluster: initdb into a temporary folder, a server on a free loopback port,
// trust authentication for one superuser. For tests and for writing PostgreSQL migrations; never for data.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './ports.mjs';

const superuser = 'zerodraft';

/** PostgreSQL's server programs: on PATH, else Debian's versioned folder (the newest there). */
function findBinaries() {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => existsSync(path.join(debian, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql). On Debian: apt-get install -y postgresql',
    );
  }
  return path.join(debian, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root; as root, the cluster belongs to the `postgres` user the package creates. */
function ownerOf() {
  if (process.getuid?.() !== 0) return null;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('Running as root needs a "postgres" user to own the test cluster (apt-get install -y postgresql creates it).');
  return {
    name: 'postgres',
    uid: Number(id.stdout.trim()),
    gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
  };
}

/**
 * Starts a cluster and resolves with its superuser URL (database `postgres`) and a synchronous `stop` that shuts it
 * down and deletes its folder (synchronous so that it also runs from an exit handler).
 */
export async function startPostgresCluster({ log = () => {}, durable = false } = {}) {
  const bin = findBinaries();
  const owner = ownerOf();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-postgres-'));
  const dataDir = path.join(dir, 'data');
  const run = (program, args) => {
    const command = owner ? ['runuser', ['-u', owner.name, '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
    return execFileSync(command[0], command[1], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  let started = false;
  const stop = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped: the folder still goes.
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (owner) chownSync(dir, owner.uid, owner.gid);
    run('initdb', ['-D', dataDir, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await findFreePort();
    // Durability is worthless for a throwaway cluster; skipping it makes creating a database per test fast.
    // A benchmark that measures what a durable write costs asks to keep it (`durable`).
    const options = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-k ${dir}`,
      '-c max_connections=400',
      ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
    started = true;
    run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    const url = `postgresql://${superuser}@127.0.0.1:${port}/postgres`;
    log(`PostgreSQL test cluster on ${url} (${dataDir})`);
    return { url, dataDir, stop };
  } catch (error) {
    stop();
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n');
    throw new Error(`Could not start a PostgreSQL test cluster: ${error.message}${output ? `\n${output}` : ''}`);
  }
}
