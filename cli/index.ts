/**
 * Command line entry point: `npm run -s cli -- <command> [--json]`.
 * With --json only machine-readable output reaches stdout.
 */
import { parseArgs } from 'node:util';
import { runSetup } from './commands/setup';
import { runUsers } from './commands/users';
import { log, UsageError } from './output';

const usage = `Usage: npm run -s cli -- <command> [options]

Commands:
  setup                 create or migrate the database, load the corpus and the demo room
  users list            list accounts
Options:
  --json                machine-readable output only`;

async function runCli(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const json = values.json === true;
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    log(usage);
    if (!command) process.exitCode = 2;
    return;
  }
  switch (command) {
    case 'setup':
      return runSetup({ json });
    case 'users':
      return runUsers(rest, { json });
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${usage}`);
  }
}

try {
  await runCli(process.argv.slice(2));
} catch (error) {
  log(`Error: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
