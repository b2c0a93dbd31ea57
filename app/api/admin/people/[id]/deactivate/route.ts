import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';
import { deactivateUser } from '@/server/users/deactivate-user';

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await deactivateUser(getDb(), await requireSignedIn(), id);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}
