/**
 * A PostgreSQL server of our own for `npm run cluster`: its data folder kept between runs (inside Zero Draft's data
 * folder), listening on loopback only, one superuser trusted on loopback. For trying a cluster on one machine; a
 * production database is set up by whoever runs it (docs/DEPLOY.md).
 */
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createPostgresRunner, findPostgresBinaries, findPostgresOwner, postgresSuperuser } from './postgres-programs.mjs';

export { findPostgresBinaries };

/**
 * Starts the server on `port` over `<dir>/data` (created by initdb the first time) and resolves with the URL of the
 * `zerodraft` database (created by `cli setup`) and a synchronous `stop` (so an exit handler can call it).
 */
export function startPostgresServer({ dir, port, bin = findPostgresBinaries(), log = () => {} }) {
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb). On Debian or Ubuntu: sudo apt-get install postgresql');
  const owner = findPostgresOwner();
  const dataDir = path.join(dir, 'data');
  const run = createPostgresRunner(bin, owner);
  const explain = (what, error) => {
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    return new Error(`${what}: ${error.message}${output ? `\n${output}` : ''}`);
  };
  mkdirSync(dir, { recursive: true });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`→ Creating a PostgreSQL data folder in ${dataDir}`);
    try {
      run('initdb', ['-D', dataDir, '-U', postgresSuperuser, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
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
    url: `postgresql://${postgresSuperuser}@127.0.0.1:${port}/zerodraft`,
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
