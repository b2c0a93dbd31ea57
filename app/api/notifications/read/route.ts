import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { countUnreadNotifications } from '@/server/notifications/count-unread-notifications';
import { markNotificationsRead } from '@/server/notifications/mark-notifications-read';

const bodySchema = z.union(
  [z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }), z.strictObject({ all: z.literal(true) })],
  'Send {"ids": ["…"]} (up to 200 notifications) or {"all": true}.',
);

/** POST: marks the person's own notifications read (the ids named, or all); answers how many changed and what is left. */
export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success)
      throw new AppError('invalid-input', 'Send {"ids": ["…"]} (up to 200 notifications) or {"all": true}.', 'notifications-read-input');
    const db = getDb();
    const marked = await markNotificationsRead(db, user.id, 'all' in body.data ? { all: true } : { ids: body.data.ids });
    return NextResponse.json({ marked, unread: await countUnreadNotifications(db, user.id) });
  } catch (error) {
    return respondWithError(error);
  }
}
