import type { CurrentUser } from '@/server/users/find-user';

/**
 * Who performs an administrative act: a signed-in person, checked against the roster and the permission table like
 * every web request, or the operator at the command line (`admin create`), who already holds the server and its database.
 */
export type Actor = CurrentUser | 'operator';

export const operatorActorId = 'operator';
