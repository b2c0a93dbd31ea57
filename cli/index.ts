/**
 * Command line entry point: `npm run -s cli -- <command> [--json]`.
 * With --json only machine-readable output reaches stdout.
 */
import { parseArgs } from 'node:util';
import { runAdmin } from './commands/admin';
import { runBackup, runRestore } from './commands/backup';
import { runCorpus } from './commands/corpus';
import { runDiff } from './commands/diff';
import { runDrafts, runRealtimeToken } from './commands/drafts';
import { runExport } from './commands/export';
import { runNegotiations } from './commands/negotiations';
import { runProposals } from './commands/proposals';
import { runRevisions } from './commands/revisions';
import { runRoster } from './commands/roster';
import { runCheck, runSearch } from './commands/search';
import { runSetup } from './commands/setup';
import { runUsers } from './commands/users';
import { log, UsageError } from './output';

const usage = `Usage: npm run -s cli -- <command> [options]

Commands:
  setup                 create or migrate the database, load the corpus and the demo room
  users list            list accounts (delegation, administrator, active, how they sign in)
  admin create <email> [--name "…"] [--delegation CODE] [--password-stdin]   make a site administrator (prints an invitation link)
  negotiations list [--as <email>]   every negotiation (operator), or those the person sees
  negotiations create --title "…" [--body …] [--session …] [--as <email>]   set up a negotiation (administrators)
  roster add|set-role|remove --negotiation <id> --user <email> [--role R] --as <email>   change a roster as that person
  corpus list|show|topics|import   browse and import the corpus
  search "<text>" [--limit N] [--filter kind=…|body=…|year=…|topic=…|lead=…] [--same-lead]   find precedent language
  check "<text>"        which spans are agreed language, and where from
  drafts create --title "…" [--from <corpus id|number|draft id>]   create a draft on the server
  realtime-token --user <email> --draft <id>   websocket URL and short-lived token for that user
  diff <a> <b> [--noise]  compare two texts paragraph by paragraph (ids, numbers such as 10/3, draft:<id>)
  proposals <draft-id>  who proposed what in a draft, with supporters, objectors and status
  revisions issue <draft-id> --name "Rev.1" [--as <email>]   freeze the draft as a revision, like the facilitator's button
  export <draft:ID | revision:ID | compilation:ID> --out FILE [--format docx|pdf] [--tracked] [--against X] [--all] [--as <email>]
                        the same Word or PDF file as the web's buttons (prints the file; --json: {file, format, pages?})
  backup --out <file>   a consistent copy of the whole database, taken while the app runs
  restore <file>        bring a backup back into an empty database (refuses one that holds data)
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
  const [command] = positionals;
  // Subcommands parse their own options, so they get the raw words after the command.
  const rest = argv.filter((word) => word !== '--json');
  rest.splice(rest.indexOf(command ?? ''), 1);
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
    case 'admin':
      return runAdmin(rest, json);
    case 'negotiations':
      return runNegotiations(rest, json);
    case 'roster':
      return runRoster(rest, json);
    case 'corpus':
      return runCorpus(rest, json);
    case 'search':
      return runSearch(rest, json);
    case 'check':
      return runCheck(rest, json);
    case 'diff':
      return runDiff(rest, json);
    case 'drafts':
      return runDrafts(rest, json);
    case 'realtime-token':
      return runRealtimeToken(rest, json);
    case 'proposals':
      return runProposals(rest, json);
    case 'revisions':
      return runRevisions(rest, json);
    case 'export':
      return runExport(rest, json);
    case 'backup':
      return runBackup(rest, json);
    case 'restore':
      return runRestore(rest, json);
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
