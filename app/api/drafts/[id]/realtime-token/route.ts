import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { mintRealtimeToken } from '@/server/realtime/mint-realtime-token';

const querySchema = z.object({ access: z.enum(['read']).optional() });

/** POST [?access=read]: a realtime ticket for the draft; `access=read` for one that can never write (the screen view). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user, access } = await requireDraftAccess(id, 'draft:read');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidInputError(query.error, 'Leave out ?access, or ask for ?access=read.', { preferSchemaMessage: false });
    const ticket = mintRealtimeToken(user, access, request.headers.get('host'), { readOnly: query.data.access === 'read' });
    return NextResponse.json({
      ...ticket,
      user: { id: user.id, name: user.name, role: access.role, delegation: access.delegation },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
