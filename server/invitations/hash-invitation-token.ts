import { createHash } from 'node:crypto';

/** Only this digest is stored: a copy of the database does not hand out working invitation links. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
