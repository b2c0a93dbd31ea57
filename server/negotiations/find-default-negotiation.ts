import type { Db } from '@/server/db/client';

/** Where a draft made without naming a negotiation goes (the CLI, older clients); made on first need. */
export async function findDefaultNegotiation(db: Db): Promise<{ id: string }> {
  const existing = await db.negotiation.findFirst({ where: { isDefault: true }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  return (
    existing ?? db.negotiation.create({ data: { title: 'Default negotiation', status: 'open', isDefault: true }, select: { id: true } })
  );
}
