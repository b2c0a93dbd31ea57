import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';

/**
 * Every delegation's code, name and colour, and every person's name by user
 * id, so the drafting room and the compilation can name supporters, objectors
 * and deciders who are not in the room.
 */
export async function GET() {
  try {
    await requireSignedIn();
    const db = getDb();
    const delegations = await db.delegation.findMany({ select: { code: true, name: true, colour: true }, orderBy: { name: 'asc' } });
    // Decisions record the facilitator's user id; names (never e-mails) let the room say who decided.
    const people = await db.user.findMany({ select: { id: true, name: true } });
    return NextResponse.json({ delegations, people });
  } catch (error) {
    return respondWithError(error);
  }
}
