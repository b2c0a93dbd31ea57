/** Long enough for a statement read into the record, short enough to stay a comment rather than a document. */
export const maxCommentLength = 4_000;

export type CommentBodyCheck = { ok: true; body: string } | { ok: false; message: string };

/** A comment's text as it will be kept: trimmed, not empty, within the limit; otherwise a message saying what to change. */
export function checkCommentBody(raw: string): CommentBodyCheck {
  const body = raw.trim();
  if (body.length === 0) return { ok: false, message: 'Write something before sending the comment.' };
  if (body.length > maxCommentLength)
    return {
      ok: false,
      message: `A comment can be at most ${maxCommentLength.toLocaleString('en')} characters; this one has ${body.length.toLocaleString('en')}. Shorten it or split it into replies.`,
    };
  return { ok: true, body };
}
