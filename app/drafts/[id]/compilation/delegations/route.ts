import { NextResponse } from 'next/server';
import { requirePermission, respondWithError } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';

/**
 * Every delegation's code, name and colour, so the drafting room and the
 * compilation can name supporters and objectors who are not in the room.
 * Lives beside the compilation because that is where the proposals UI keeps its server parts.
 */
export async function GET() {
  try {
    await requirePermission('draft:read');
    const delegations = await getDb().delegation.findMany({ select: { code: true, name: true, colour: true }, orderBy: { name: 'asc' } });
    return NextResponse.json({ delegations });
  } catch (error) {
    return respondWithError(error);
  }
}
