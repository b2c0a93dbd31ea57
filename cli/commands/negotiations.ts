import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/server/db/client';
import { createNegotiation, type NegotiationStatus, negotiationStatuses } from '@/server/negotiations/create-negotiation';
import { listAllNegotiations } from '@/server/negotiations/list-all-negotiations';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';
import { printResult, UsageError } from '../output';
import { findActingPerson } from './acting-person';

const negotiationsUsage = `Usage:
  negotiations list [--as <email>] [--json]
  negotiations create --title "…" [--body "…"] [--session "…"] [--starts-on yyyy-mm-dd] [--ends-on yyyy-mm-dd]
                      [--status ${negotiationStatuses.join('|')}] [--open-to-all] [--time-zone Europe/Vienna] [--as <email>] [--json]`;

/**
 * Without --as these are operator commands (every negotiation; creating as the operator); with --as they act as that
 * person, checked exactly like the web: they list what the person sees, and only an administrator creates.
 */
export async function runNegotiations(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      as: { type: 'string' },
      title: { type: 'string' },
      body: { type: 'string' },
      session: { type: 'string' },
      'starts-on': { type: 'string' },
      'ends-on': { type: 'string' },
      status: { type: 'string' },
      'open-to-all': { type: 'boolean', default: false },
      'time-zone': { type: 'string' },
    },
  });
  const [subcommand] = positionals;
  if (subcommand !== 'list' && subcommand !== 'create') throw new UsageError(negotiationsUsage);
  const db = createPrismaClient();
  try {
    const actor = values.as === undefined ? 'operator' : await findActingPerson(db, values.as, negotiationsUsage);
    if (subcommand === 'list') {
      const rows =
        actor === 'operator'
          ? (await listAllNegotiations(db)).map(({ id, title, status, openToAll, isDefault, members, drafts }) => ({
              id,
              title,
              status,
              openToAll,
              isDefault,
              members,
              drafts,
            }))
          : (await listVisibleNegotiations(db, actor)).map(({ id, title, status, openToAll, isDefault, role, member }) => ({
              id,
              title,
              status,
              openToAll,
              isDefault,
              role,
              member,
            }));
      printResult(rows, json, (list: typeof rows) =>
        list
          .map((row) => `${row.id.padEnd(26)} ${row.status.padEnd(10)} ${'role' in row ? `${row.role.padEnd(12)} ` : ''}${row.title}`)
          .join('\n'),
      );
      return;
    }
    if (typeof values.title !== 'string' || !values.title.trim()) throw new UsageError(negotiationsUsage);
    const status = values.status;
    if (status !== undefined && !(negotiationStatuses as readonly unknown[]).includes(status)) throw new UsageError(negotiationsUsage);
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const created = await createNegotiation(db, actor, {
      title: values.title,
      ...(text(values.body) !== undefined ? { body: text(values.body) } : {}),
      ...(text(values.session) !== undefined ? { session: text(values.session) } : {}),
      ...(text(values['starts-on']) !== undefined ? { startsOn: text(values['starts-on']) } : {}),
      ...(text(values['ends-on']) !== undefined ? { endsOn: text(values['ends-on']) } : {}),
      ...(status !== undefined ? { status: status as NegotiationStatus } : {}),
      openToAll: values['open-to-all'] === true,
      ...(text(values['time-zone']) !== undefined ? { timeZone: text(values['time-zone']) } : {}),
    });
    printResult(created, json, () => created.id);
  } finally {
    await db.$disconnect();
  }
}
