import { NextResponse } from 'next/server';
import { AppError, httpStatusOf } from '@/server/errors/app-error';

/**
 * The one place errors become HTTP answers: an AppError by its code, anything else a 500 that changed nothing. Every
 * refusal carries a stable `code` (and a `reason` where one was given) that the browser translates; `error` is the
 * English sentence for scripts and the fallback.
 */
export function respondWithError(error: unknown): NextResponse {
  if (error instanceof AppError)
    return NextResponse.json(
      {
        error: error.message,
        code: error.code,
        ...(error.reason ? { reason: error.reason } : {}),
        ...(error.params ? { params: error.params } : {}),
      },
      { status: httpStatusOf[error.code] },
    );
  console.error(error);
  return NextResponse.json({ error: 'Something went wrong on the server. Nothing was changed.', code: 'internal' }, { status: 500 });
}
