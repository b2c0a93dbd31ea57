import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { countUnreadNotifications } from '@/server/notifications/count-unread-notifications';
import { listNotifications, maxNotificationPage } from '@/server/notifications/list-notifications';

const querySchema = z.object({
  unread: z.literal('count', 'unread takes one value: "count" (only the number of unread notifications).').optional(),
  limit: z.coerce.number().int().min(1).max(maxNotificationPage, `At most ${maxNotificationPage} notifications a page.`).optional(),
  before: z.string().min(1).max(64).optional(),
});

/** GET: the person's own notifications, newest first (`?before=<id>` for older ones); `?unread=count` for the count alone. */
export async function GET(request: Request) {
  try {
    const user = await requireSignedIn();
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidInputError(query.error, 'Bad query.');
    const db = getDb();
    if (query.data.unread === 'count') return NextResponse.json({ unread: await countUnreadNotifications(db, user.id) });
    return NextResponse.json(
      await listNotifications(db, user.id, {
        ...(query.data.limit ? { limit: query.data.limit } : {}),
        ...(query.data.before ? { before: query.data.before } : {}),
      }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}
