import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';
import { tablePreparedProposal } from '@/server/prepared-proposals/table-prepared-proposal';

/** POST: tables a prepared proposal: it appears to everyone as the delegation's, dated now. No body. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string; preparedId: string }> }) {
  try {
    const { id, preparedId } = await params;
    const user = await requireSignedIn();
    return NextResponse.json(await tablePreparedProposal(getDb(), user, id, preparedId));
  } catch (error) {
    return respondWithError(error);
  }
}
