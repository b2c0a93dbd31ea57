import { createPrismaClient } from '@/server/db/client';
import { listUsers } from '@/server/users/list-users';
import { printResult, UsageError } from '../output';

export async function runUsers(args: string[], options: { json: boolean }): Promise<void> {
  if (args.filter((word) => !word.startsWith('--'))[0] !== 'list') throw new UsageError('Usage: users list [--json]');
  const db = createPrismaClient();
  try {
    const users = await listUsers(db);
    printResult(users, options.json, (rows: typeof users) =>
      rows
        .map(
          (u) =>
            `${u.email.padEnd(30)} ${(u.isAdmin ? 'admin' : '').padEnd(6)} ${(u.active ? u.access : 'inactive').padEnd(9)} ${u.delegation.padEnd(6)} ${u.name}`,
        )
        .join('\n'),
    );
  } finally {
    await db.$disconnect();
  }
}
