import { checkCommentBody, maxCommentLength } from '@/lib/comments';
import { AppError } from '@/server/errors/app-error';

/** The comment's text as it will be kept, or a refusal naming what to change (with its reason, for the browser). */
export function refuseCommentBody(raw: string): string {
  const checked = checkCommentBody(raw);
  if (checked.ok) return checked.body;
  const length = raw.trim().length;
  if (length === 0) throw new AppError('invalid-input', checked.message, 'comment-empty');
  throw new AppError('invalid-input', checked.message, 'comment-too-long', { max: String(maxCommentLength), length: String(length) });
}
