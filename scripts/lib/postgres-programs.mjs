// PostgreSQL's server programs as both our private servers run them: the throwaway test cluster
// (postgres-cluster.mjs) and the kept one of `npm run cluster` (postgres-server.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The one superuser, trusted on loopback. */
export const postgresSuperuser = 'zerodraft';

/** PostgreSQL's server programs: on PATH, else Debian's versioned folder (the newest there); null when absent. */
export function findPostgresBinaries() {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => existsSync(path.join(debian, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length === 0 ? null : path.join(debian, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root; as root, its folders belong to the `postgres` user the package creates. */
export function findPostgresOwner() {
  if (process.getuid?.() !== 0) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0) throw new Error('As root, PostgreSQL needs a "postgres" user to run as (apt-get install postgresql creates it).');
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { name: 'postgres', uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Runs one of the server programs (initdb, pg_ctl) as the owner, if there must be one; returns its output. */
export function createPostgresRunner(bin, owner) {
  return (program, args) => {
    const [command, commandArgs] = owner
      ? ['runuser', ['-u', owner.name, '--', path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    return execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
}
