// A private, throwaway PostgreSQL cluster: initdb into a temporary folder, a server on a free loopback port,
// trust authentication for one superuser. For tests and for writing PostgreSQL migrations; never for data.
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './ports.mjs';
import { createPostgresRunner, findPostgresBinaries, findPostgresOwner, postgresSuperuser } from './postgres-programs.mjs';

/**
 * Starts a cluster and resolves with its superuser URL (database `postgres`) and a synchronous `stop` that shuts it
 * down and deletes its folder (synchronous so that it also runs from an exit handler).
 */
export async function startPostgresCluster({ log = () => {}, durable = false } = {}) {
  const bin = findPostgresBinaries();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql). On Debian: apt-get install -y postgresql',
    );
  }
  const owner = findPostgresOwner();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-postgres-'));
  const dataDir = path.join(dir, 'data');
  const run = createPostgresRunner(bin, owner);
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
    run('initdb', ['-D', dataDir, '-U', postgresSuperuser, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
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
    const url = `postgresql://${postgresSuperuser}@127.0.0.1:${port}/postgres`;
    log(`PostgreSQL test cluster on ${url} (${dataDir})`);
    return { url, dataDir, stop };
  } catch (error) {
    stop();
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n');
    throw new Error(`Could not start a PostgreSQL test cluster: ${error.message}${output ? `\n${output}` : ''}`);
  }
}
