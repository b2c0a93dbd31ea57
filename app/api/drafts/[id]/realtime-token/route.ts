import { NextResponse } from 'next/server';
import { requireDraftAccess } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { mintRealtimeToken } from '@/server/realtime/mint-realtime-token';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user, access } = await requireDraftAccess(id, 'draft:read');
    const ticket = mintRealtimeToken(user, access, request.headers.get('host'));
    return NextResponse.json({
      ...ticket,
      user: { id: user.id, name: user.name, role: access.role, delegation: access.delegation },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
