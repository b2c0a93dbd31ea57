import { NextResponse } from 'next/server';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { mintRealtimeToken, UnknownDraftError } from '@/server/realtime/mint-realtime-token';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission('draft:read');
    const { id } = await params;
    const ticket = await mintRealtimeToken(getDb(), user, id, request.headers.get('host')).catch((error: unknown) => {
      throw error instanceof UnknownDraftError ? new HttpError(404, error.message) : error;
    });
    return NextResponse.json({
      ...ticket,
      user: { id: user.id, name: user.name, role: user.role, delegation: user.delegation },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
