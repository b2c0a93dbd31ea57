/**
 * A PostgreSQL server of our own for `npm run cluster`: its data folder kept between runs (inside Zero Draft's data
 * folder), listening on loopback only, one superuser trusted on loopback. For trying a cluster on one machine; a
 * production database is set up by whoever runs it (docs/DEPLOY.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const superuser = 'zerodraft';

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

/** PostgreSQL refuses to run as root; as root, the folder belongs to the `postgres` user the package creates. */
function findOwner() {
  if (process.getuid?.() !== 0) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0) throw new Error('As root, PostgreSQL needs a "postgres" user to run as (apt-get install postgresql creates it).');
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { name: 'postgres', uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts the server on `port` over `<dir>/data` (created by initdb the first time) and resolves with the URL of the
 * `zerodraft` database (created by `cli setup`) and a synchronous `stop` (so an exit handler can call it).
 */
export function startPostgresServer({ dir, port, bin = findPostgresBinaries(), log = () => {} }) {
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb). On Debian or Ubuntu: sudo apt-get install postgresql');
  const owner = findOwner();
  const dataDir = path.join(dir, 'data');
  const run = (program, args) => {
    const [command, commandArgs] = owner
      ? ['runuser', ['-u', owner.name, '--', path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    return execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  const explain = (what, error) => {
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    return new Error(`${what}: ${error.message}${output ? `\n${output}` : ''}`);
  };
  mkdirSync(dir, { recursive: true });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`→ Creating a PostgreSQL data folder in ${dataDir}`);
    try {
      run('initdb', ['-D', dataDir, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    } catch (error) {
      throw explain('initdb failed', error);
    }
  }
  const options = [`-p ${port}`, "-c listen_addresses='127.0.0.1'", `-k ${dir}`].join(' ');
  try {
    run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    throw explain(`PostgreSQL did not start (its log: ${path.join(dir, 'server.log')})`, error);
  }
  let running = true;
  return {
    url: `postgresql://${superuser}@127.0.0.1:${port}/zerodraft`,
    dataDir,
    stop() {
      if (!running) return;
      running = false;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    },
  };
}
