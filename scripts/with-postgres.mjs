#!/usr/bin/env node
/**
 * Runs a command beside a private, throwaway PostgreSQL cluster:
 *   node scripts/with-postgres.mjs <command> [args…]
 * The command finds the cluster's superuser URL in ZERO_DRAFT_TEST_POSTGRES_URL (tests create one database per test
 * database there). The cluster is stopped and its folder deleted when the command ends, fails or is interrupted.
 * Needs PostgreSQL's server programs (Debian: apt-get install -y postgresql); as root, it runs them as `postgres`.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { startPostgresCluster } from './lib/postgres-cluster.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

let cluster;
try {
  cluster = await startPostgresCluster({ log: (message) => console.error(message) });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
process.on('exit', () => cluster.stop());

const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ZERO_DRAFT_TEST_POSTGRES_URL: cluster.url } });
// Ctrl+C reaches the command through the terminal too; the cluster goes once the command has ended.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.once('error', (error) => {
  console.error(`Could not run ${command}: ${error.message}`);
  process.exit(1);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 1) : 1)));
